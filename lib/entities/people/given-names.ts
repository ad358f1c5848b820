/**
 * Given names across the cultures security news reports on, used as evidence that a run of
 * capitalised words is a person's name ("Kevin King", "Zabihullah Mujahid").
 *
 * Written for this project. Names that are also everyday English words or places ("Will",
 * "May", "Hope", "Grace", "Christian", "Hunter", "Paris", "Sydney", "Milan") are left out on
 * purpose: a false "person" costs more than a missed one, and titles or roles still catch them.
 */
const GIVEN_NAME_TEXT = `
Aaron Adam Adrian Aidan Alan Albert Alex Alexander Alexandra Alfred Alice Alison Alistair Alister Allan Allen
Amanda Amy Andrea Andrew Andy Angela Angus Ann Anna Anne Annie Anthony Antony Archie Arthur Ashley Ashton Avril
Barbara Barack Barry Beatrice Becky Ben Benjamin Bernard Bernie Beth Betty Beverley Boris Brad Bradley Brandon
Brendan Brett Brian Bridget Bruce Bryan Caitlin Callum Calvin Cameron Carl Carla Carol Caroline Carolyn Carrie
Catherine Charles Charlie Cheryl Chloe Chris Christina Christine Christopher Chuck Claire Clare Clara Colin
Condoleezza Connor Conor Craig Dan Dana Daniel Danielle Danny Darren Dave David Dean Deborah Debbie Denise Dennis
Derek Diana Diane Dominic Donald Donna Doug Douglas Duncan Dwight Dylan Ed Eddie Edward Eileen Elaine Eleanor
Elijah Elizabeth Ella Ellen Elliot Elliott Emily Emma Eric Erica Erin Ethan Eugene Evan Evelyn Fiona Frances
Francis Fred Freddie Frederick Gail Gareth Gary Gavin Gemma Geoff Geoffrey George Gerald Gerard Gerry Gillian
Gina Gordon Graham Greg Gregory Gretchen Hannah Harold Harriet Harry Harvey Hayley Heather Helen Henry Hilary
Hillary Howard Hugh Hugo Iain Ian Imogen Isaac Isabel Isabella Isabelle Jackie Jacob Jacqueline Jake James Jamie
Jan Jane Janet Janice Jared Jason Jeff Jeffrey Jen Jennifer Jenny Jeremy Jerome Jerry Jess Jessica Jill Jim Jimmy
Joan Joanna Joanne Jodie Joe Joel John Johnny Jon Jonathan Joseph Josh Joshua Joyce Judith Judy Julia Julian
Julie Justin Kamala Karen Kash Kate Katherine Kathleen Kathryn Kathy Katie Keir Keith Kelly Ken Kenneth Kerry
Kevin Kieran Kirsten Kirstjen Kirsty Kristen Kristi Kyle Larry Laura Lauren Lawrence Leah Leo Leon Leslie
Letitia Lewis Liam Lily Linda Lindsay Lindsey Lisa Liz Lloyd Logan Lois Lorna Louis Louise Lucy Luke Lydia
Lyndon Madeleine Maggie Malcolm Mandy Marcus Margaret Maria Marie Marilyn Mark Martha Martin Mary Matt Matthew
Maureen Max Megan Melania Melanie Melissa Merrick Michael Michelle Mick Mike Mitch Mitchell Molly Monica Nancy
Naomi Natalie Nathan Neil Nicholas Nick Nicky Nicola Nicole Nigel Nikki Noel Nora Norman Oliver Olivia Oscar
Owen Pamela Patricia Patrick Paul Paula Pauline Penny Pete Peter Phil Philip Phillip Phoebe Piers Priti Rachel
Ralph Rebecca Rex Rhys Richard Rick Rob Robert Robin Rod Rodney Roger Ron Ronald Rory Ross Roy Rudy Russell Ruth
Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Seb Sebastian Shane Sharon Shaun Sheila Sidney Simon
Sophie Stacey Stanley Stephanie Stephen Steve Steven Stewart Stuart Susan Suzanne Tamsin Tanya Ted Terence Terry
Theodore Theresa Thomas Tim Timothy Tina Tobias Toby Todd Tom Tommy Tony Tracey Tracy Trevor Tulsi Tyler Valerie
Vanessa Vera Veronica Vicky Victor Vince Vincent Vivek Walter Wayne Wendy William Willie Woodrow Yvette Yvonne
Zac Zach Zachary Zoe Bill Frank Jack Ray Guy Don Rose Dawn Drew Glenn Dale Gene Pat Ivanka Jeh Hakeem Ilhan
Rashida Ayanna Beau Rand Mitt Newt Ashton Rudolph Lyle Earle Clint Troy Marvin Melvin Nathaniel Reggie Curtis
Aoife Ciaran Ciarán Cillian Declan Dermot Eamon Eamonn Enda Fergus Mairead Micheál Micheal Niamh Niall Oisín
Padraig Pádraig Róisín Seamus Seán Siobhan Sinead Humza Kezia Alasdair Hamish Ewan Euan Fraser Kenny Murdo Morag
Mhairi Eilidh Ailsa Lachlan Angharad Dafydd Gwyneth Rhodri Carwyn Mark Vaughan
Mohammed Muhammad Mohammad Mohamed Mohamad Muhammed Mehmet Ahmed Ahmad Ahmet Ali Omar Umar Abdul Abdullah Abdallah
Abdel Abdulaziz Abdulrahman Abdelaziz Abdelkader Khalid Khaled Hassan Hasan Hussein Husain Hussain Ibrahim Yusuf
Youssef Yousef Yousuf Mustafa Mostafa Tariq Tarek Anas Ashraf Ayman Osama Usama Hamid Hamza Bilal Jamal Karim
Nasser Nasir Rashid Salman Samir Walid Yasser Yasir Zaid Zayed Faisal Fahad Mahmoud Mahmud Majid Marwan Mansour
Nabil Nawaf Qasem Qassem Qasim Rami Saad Saeed Salah Saleh Sami Tamim Yahya Younis Ziad Adel Adnan Akram Amr
Ammar Anwar Basil Fadi Fawzi Ghassan Haitham Haider Haidar Hani Hisham Imad Ismail Jaber Jawad Kamal Khalil
Mahdi Moqtada Muqtada Nouri Nuri Qais Raed Riyad Sabri Sadiq Safwan Suhail Talal Wael Zakaria Zuhair Ilham
Fatima Aisha Ayesha Mariam Maryam Zainab Khadija Layla Leila Noor Nour Rania Samira Huda Salma Hanan Rana Dalia
Lina Abu Bakr Hafiz Hafez Bashar Maher Rifaat Hosni Gamal Muammar Saif Saddam Uday Qusay Barham Masoud Massoud
Nechirvan Masrour Jalal Fuad Adil Hibatullah Haibatullah Zabihullah Sirajuddin Jalaluddin Gulbuddin Amrullah
Zalmay Hamdullah Rahmatullah Noorullah Mansoor Atta Ashraf Abdulla Yassin Yasin
Imran Nawaz Shehbaz Shahbaz Asif Bilawal Benazir Pervez Qamar Asim Faiz Raheel Sajid Saqib Usman Zubair Junaid
Waqar Kashif Fawad Farhan Fahim Nadeem Naveed Rizwan Shahid Shoaib Tahir Zahid Zafar Zeeshan Arif Ayub Babar
Ehsan Ejaz Ijaz Ghulam Iqbal Javed Javaid Khurram Liaqat Mushtaq Parvez Sohail Tanveer Waheed
Ebrahim Javad Mohsen Hossein Reza Ruhollah Akbar Esmail Abbas Amir Kaveh Mehdi Hojjat Narges Nasrin Shirin
Mahsa Abolfazl Mojtaba Hadi Gholam Hamed Kazem Nader Shahram Siamak Hassan
Recep Tayyip Mevlüt Mevlut Hakan Emine Binali Kemal Süleyman Suleyman Devlet Selahattin Ekrem Ömer Omer
Fethullah Hulusi Yaşar Yasar Berat Fatih Murat Emre Burak Cem Deniz Elif Ayşe Ayse Zeynep Osman Orhan Abdullah
Vladimir Sergei Sergey Dmitry Dmitri Dmitriy Alexei Alexey Aleksei Mikhail Nikolai Nikolay Igor Yevgeny Evgeny
Yevgeniy Andrei Andrey Viktor Yuri Yury Oleg Volodymyr Petro Oleksandr Oleksiy Olena Yulia Natalia Natalya
Svetlana Vitali Vitaly Maxim Maksim Ivan Ramzan Aleksandr Alexandr Anatoly Arkady Denis Gennady Grigory Kirill
Konstantin Leonid Lev Pavel Ruslan Stanislav Valery Vadim Valentina Vasily Vyacheslav Yaroslav Elena Yelena
Irina Olga Tatiana Tatyana Ekaterina Lyudmila Galina Marina Vitaliy Kyrylo Denys Mykhailo Andriy Serhiy Valerii
Ihor Yuriy Taras Bohdan Dmytro Rustem Arseniy Sviatoslav Vasyl Mykola Oleh Iryna Kateryna Vladyslav Heorhiy
Andrzej Mateusz Jarosław Jaroslaw Lech Radosław Radoslaw Zbigniew Piotr Tomasz Krzysztof Paweł Pawel Marek Jakub
Petr Milos Miloš Vaclav Václav Andrej Zuzana Agnieszka Katarzyna Małgorzata Magdalena Zoltan Zoltán Péter
László Laszlo Gergely Aleksandar Milorad Slobodan Radovan Ratko Zoran Goran Dragan Nikola Bojan Dejan Dusan
Vojislav Ivica Ante Kolinda Zlatko Janez Hashim Albin Vjosa Ilir Besnik Kyriakos Nikos Giorgos Konstantinos
Dimitris Yannis Giannis Panagiotis Nicos Christos Maia Salome Irakli Mikheil Bidzina Giorgi Nikol Serzh Armen
Levon Tigran Angela Olaf Wolfgang Friedrich Horst Heiko Annalena Frank-Walter Hans Klaus Jürgen Juergen Stefan
Matthias Markus Andreas Dieter Helmut Gerhard Joschka Sigmar Ursula Ulrich Uwe Manfred Günter Gunter Karl Kurt
Heinz Rolf Jens Sabine Saskia Sahra Christoph Florian Armin Norbert Herbert Werner Bernd Hubertus Holger Volker
Lothar Annegret Johann Sven Lars Torsten Kai Timo Felix Lukas Niklas Jonas Moritz Maximilian Elias Finn
Emmanuel François Francois Jean Pierre Jacques Nicolas Gérald Édouard Edouard Élisabeth Jean-Yves
Jean-Luc Jean-Marie Jean-Claude Jean-Michel Jean-Pierre Jean-Louis Jean-Paul Jean-Marc Laurent Manuel Bruno
Michel Philippe Gabriel Christophe Sébastien Sebastien Olivier Thierry Xavier Yves Benoît Benoit Arnaud Aurélien
Cédric Clément Damien Didier Éric Fabien Florent Franck Frédéric Frederic Guillaume Hervé Herve Jérôme Julien
Loïc Mathieu Maxime Patrice Pascal Rémi Régis Sylvain Valérie Ségolène Nathalie Isabelle Brigitte Marion
Rachida Najat Amélie Aurore Delphine Émilie Hélène Juliette Léa Manon Mathilde Sandrine Stéphane Stephane
Véronique Yannick Alain Dominique Gilles Henri Hugues Lionel Marcel Marc Martine
José Jose Juan Carlos Luis Luiz Jorge Pedro Miguel Javier Jair Nicolás Alejandro Andrés Andres Francisco
Fernando Diego Pablo Felipe Gustavo Ricardo Rafael Raúl Raul Sergio Sebastián Mauricio Gonzalo Iván Joaquín
Álvaro Alvaro Enrique Eduardo Emilio Evo Ignacio Jaime Julio Lorenzo Marcelo Mario Martín Nayib Óscar Rodrigo
Tomás Vicente Xiomara Dilma Cristina Claudia Ana Carmen Dolores Gloria Lucía Luisa Marta Pilar Rosa Sonia
Teresa Yolanda Inés Irene Giorgia Giuseppe Matteo Silvio Romano Enrico Paolo Luigi Marco Giovanni Antonio
Alessandro Francesco Luca Massimo Roberto Stefano Giulia Chiara Federica Elly Giancarlo Gianluca Gianni Vittorio
Carlo Domenico Fabio Franco Guido Maurizio Nicola Pietro Renzo Salvatore Sandro Umberto António João Joao Luís
Rui Paulo Geraldo Flávio Ciro Jens Erna Ulf Sanna Mette Anders Henrik Bjorn Björn Pieter Geert Frans Wopke
Sigrid Sauli Petteri Antti Juha Jyrki Helle Jakob Frederik Søren Soren Kaja Kersti Alar Egils Edgars Gitanas
Ingrida Gabrielius Hendrik Willem Wim Joost Sjoerd Maarten Thijs Bart Koen Bram Daan Sander Niels Jeroen Ruben
Stijn Theo Annelies Dick Rutger
Muhammadu Goodluck Olusegun Bola Yemi Atiku Abubakar Aliyu Kashim Nnamdi Chinedu Chukwuma Emeka Ngozi
Oluwaseun Segun Tunde Babajide Yakubu Sani Bukola Femi Kayode Cyril Thabo Julius Lindiwe Naledi Uhuru Raila
Rigathi Musalia Kalonzo Abiy Meles Debretsion Getachew Isaias Yoweri Bobi Emmerson Hage Samia Jakaya Macky
Bassirou Ousmane Amadou Assimi Abdourahamane Mahamat Idriss Faustin Félix Salva Riek Abdiweli Kais Beji
Abdelmadjid Alassane Hery Andry Mokgweetsi Hakainde Edgar Filipe Armando Moïse Moise Étienne Corneille
Narendra Rahul Priyanka Amit Rajnath Ajit Arvind Mamata Nitish Raj Sanjay Priya Anil Sunil Vijay Rajesh Ramesh
Suresh Mahesh Ravi Rohit Vikram Arjun Aditya Akash Anand Ankit Ashok Deepak Dinesh Gaurav Harsh Jayant Karan
Kiran Krishna Manish Manoj Mukesh Naveen Nikhil Pankaj Prakash Pradeep Rakesh Rohan Sachin Sandeep Sanjiv
Saurabh Shashi Siddharth Sudhir Sumit Tarun Varun Vinod Vishal Ajay Alok Amitabh Anupam Arun Devendra
Gautam Girish Hari Jitendra Kailash Kapil Lalit Mohan Nirmala Piyush Rajeev Rajiv Smriti Sushma Indira
Jawaharlal Manmohan Pranab Droupadi Uddhav Eknath Sharad Mehbooba Farooq Syed Masood Zakir Asaduddin Gotabaya
Mahinda Ranil Sajith Anura Maithripala Chandrika Hasina Khaleda Tarique Pushpa Rishi Suella Nadhim Sajid Kemi
Shinzo Fumio Yoshihide Shigeru Taro Yoko Yuki Hiroshi Takeshi Kenji Akira Naoki Koichi Junichiro Yoshimasa
Nobuo Yasuhiro Haruki Makoto Satoshi Kazuo Masahiro Jacky Agnes Ferdinand Bongbong Leni Benigno Joko Prabowo
Susilo Megawati Jusuf Anies Ganjar Retno Prayut Prayuth Thaksin Yingluck Srettha Paetongtarn Pita Anutin
Mahathir Najib Muhyiddin Aung Suu
Naftali Yair Benny Avigdor Moshe Yitzhak Ehud Ariel Yoav Itamar Bezalel Gideon Gilad Tzipi Shimon Golda Reuven
Herzi Gadi Eyal Ronen Yossi Avi Amos Aviv Dudi Nir Ofer Oren Yuval Zvi Tamir Nadav Shaul Meir Miri Ayelet Orit
Shira Yael Michal Noa Tamar Jibril Saeb Binyamin
Lucas Mason Noah Aiden Wyatt Levi Isaiah Eli Ezra Asher Mateo Jaden Jayden Owen Ava Sophia Mia Amelia Abigail
Camila Luna Avery Mila Aria Scarlett Penelope Layla Riley Zoey Hazel Ellie Violet Lillian Stella Emilia Aubrey
Addison Audrey Bella Skylar Isla Eliana Maya Ariana Aaliyah Cora Madelyn Kinsley Hailey Gabriella Allison Gianna
Quinn Eva Sadie Delilah Josephine Adeline Arya Vivian Madeline Peyton Brielle Reagan Athena Leilani Liliana
Mackenzie Hadley Kaylee Arianna Melody Eliza Lyla Kylie Ximena Jasmine Amara Valeria Norah Brianna Anastasia
Eloise Cecilia Josie Reese Bailey Lucia Daisy Esther Genevieve Annabelle Alyssa Juliana Sienna Jaxon Josiah
Hudson Caleb Maverick Colton Landon Nolan Jeremiah Ezekiel Easton Jameson Greyson Cooper Carson Axel Jaxson
Leonardo Jace Everett Kayden Wesley Brayden Bryson Weston Emmett Sawyer Silas Bennett Micah Damian Harrison
Waylon Ayden Ryker Rowan Cole Braxton Gael Jasper Jonah Giovanni Kaiden Myles Maxwell Jayce Tristan Jude
Alexandria Maddox Abel Camden Malachi Milo Rhett Xander Brody Judah Jesse Tucker Nelly Graeme Graeham Darcy Tristram
`;

/**
 * Family names written first in Chinese, Korean and Vietnamese usage ("Xi Jinping", "Kim Jong
 * Un"): they open a name the way a given name does in Western order. Short ones that are also
 * English words ("He", "Do", "Sun", "Moon", "Song") are left out.
 */
const FAMILY_FIRST_TEXT = `
Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin Seo Kwon Hwang Ahn Yoo Jeon Baek Heo Wang Li Zhang Liu Chen
Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Lin Luo Gao Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong
Pan Yuan Cai Jiang Cheng Wei Ding Shen Yao Qin Xi Mao Qian Nguyen Tran Pham Hoang Phan Dang Bui Ngo Duong Tsai
Lai Min
`;

const split = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

/** Given names (Western order: the first word of a personal name). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(split(GIVEN_NAME_TEXT));

/** Family names that come first in East Asian order and so open a name. */
export const FAMILY_FIRST_NAMES: ReadonlySet<string> = new Set(split(FAMILY_FIRST_TEXT));

/** Whether `word` can open a personal name: a given name, or an East Asian family name. */
export function opensName(word: string): boolean {
  return GIVEN_NAMES.has(word) || FAMILY_FIRST_NAMES.has(word);
}
