from lib import F, P, ch, tg, write

text = """
SỞ TÀI CHÍNH TỈNH KIÊN GIANG
Trang chủ > Tin tức > Tài chính doanh nghiệp

Xổ số kiến thiết Kiên Giang: quý III/2024 doanh thu tăng 5,8%
Ngày đăng: 10/10/2024 | Lượt xem: 1.045

Theo báo cáo của Công ty TNHH MTV Xổ số kiến thiết Kiên Giang gửi Sở Tài chính, quý III/2024 công ty phát hành 13 kỳ vé với tổng số 130 triệu vé, doanh thu bán vé đạt 1.241,5 tỷ đồng, tăng 5,8% so với cùng kỳ năm 2023. Trong quý, công ty đã nộp ngân sách nhà nước 366,2 tỷ đồng, gồm thuế tiêu thụ đặc biệt 186,8 tỷ đồng, thuế giá trị gia tăng 112,9 tỷ đồng và thuế thu nhập doanh nghiệp 66,5 tỷ đồng.

Lũy kế từ đầu năm đến nay, doanh thu đạt 3.688 tỷ đồng, bằng 76,8% kế hoạch năm; lợi nhuận trước thuế 571,4 tỷ đồng. Tổng giá trị trả thưởng 9 tháng là 1.836,9 tỷ đồng, trong đó giải đặc biệt chiếm 3,4%. Tỷ lệ trả thưởng từng kỳ dao động từ 48% đến 52% doanh thu phát hành.

Công ty hiện duy trì 96 đại lý cấp 1 tại Kiên Giang và các tỉnh Cà Mau, Bạc Liêu, An Giang; mức hoa hồng đại lý 10% giá vé. Trên địa bàn TP Rạch Giá có 23 đại lý, TP Phú Quốc có 11 đại lý, huyện Kiên Lương có 6 đại lý. Nợ phải thu khó đòi của đại lý đến 30/9/2024 là 1,26 tỷ đồng, giảm 0,4 tỷ đồng so với đầu năm.

Sở Tài chính đề nghị công ty tập trung hoàn thành chỉ tiêu doanh thu năm 2024 là 4.800 tỷ đồng và nộp ngân sách tối thiểu 1.420 tỷ đồng; đồng thời thực hiện đúng quy chế quản lý tài chính theo Nghị định số 122/2017/NĐ-CP.

Liên hệ: Phòng Tài chính doanh nghiệp, số 1 Nguyễn Công Trứ, phường Vĩnh Thanh Vân, TP Rạch Giá; điện thoại 0297.3862.274.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-10")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")

figs = [
    F("doanh thu tăng 5,8%", "5,8", 5.8, "percent", "%", "doanh thu", P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("phát hành 13 kỳ vé", "13", 13, "count", "kỳ vé", "kỳ vé phát hành", Q3),
    F("tổng số 130 triệu vé", "130", 130e6, "count", "vé", "tổng số vé phát hành", Q3),
    F("đạt 1.241,5 tỷ đồng", "1.241,5", 1241.5e9, "money", "đồng", "doanh thu bán vé", Q3,
      change=ch("increase", 5.8, "cùng kỳ năm 2023")),
    F("nhà nước 366,2 tỷ đồng", "366,2", 366.2e9, "money", "đồng", "nộp ngân sách nhà nước", Q3i),
    F("đặc biệt 186,8 tỷ đồng", "186,8", 186.8e9, "money", "đồng", "thuế tiêu thụ đặc biệt", Q3i, total=366.2e9),
    F("gia tăng 112,9 tỷ đồng", "112,9", 112.9e9, "money", "đồng", "thuế giá trị gia tăng", Q3i, total=366.2e9),
    F("nghiệp 66,5 tỷ đồng", "66,5", 66.5e9, "money", "đồng", "thuế thu nhập doanh nghiệp", Q3i, total=366.2e9),
    F("đạt 3.688 tỷ đồng", "3.688", 3688e9, "money", "đồng", "doanh thu lũy kế", YTD, percent=76.8),
    F("thuế 571,4 tỷ đồng", "571,4", 571.4e9, "money", "đồng", "lợi nhuận trước thuế", YTD),
    F("là 1.836,9 tỷ đồng", "1.836,9", 1836.9e9, "money", "đồng", "tổng giá trị trả thưởng", N9),
    F("chiếm 3,4%", "3,4", 3.4, "percent", "%", "giải đặc biệt trong tổng giá trị trả thưởng", N9),
    F("từ 48% đến 52%", "48", 48, "percent", "%", "tỷ lệ trả thưởng từng kỳ", value_max=52),
    F("duy trì 96 đại lý", "96", 96, "count", "đại lý", "đại lý cấp 1"),
    F("hoa hồng đại lý 10%", "10", 10, "percent", "%", "mức hoa hồng đại lý"),
    F("có 23 đại lý", "23", 23, "count", "đại lý", "đại lý", location="Rạch Giá"),
    F("có 11 đại lý", "11", 11, "count", "đại lý", "đại lý", location="Phú Quốc"),
    F("có 6 đại lý", "6", 6, "count", "đại lý", "đại lý", location="Kiên Lương"),
    F("là 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "nợ phải thu khó đòi của đại lý",
      P("đến 30/9/2024", None, "2024-09-30"), change=ch("decrease", 0.4e9, "đầu năm", unit="đồng")),
    F("là 4.800 tỷ đồng", "4.800", 4800e9, "money", "đồng", "chỉ tiêu doanh thu",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("tối thiểu 1.420 tỷ đồng", "1.420", 1420e9, "money", "đồng", "nộp ngân sách",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

header = [
    "Department site (Sở Tài chính Kiên Giang): Xổ số kiến thiết Kiên Giang quý III/2024 and 9 months; 'Ngày đăng: 10/10/2024 | Lượt xem: 1.045' (no time).",
    "Headline 'doanh thu tăng 5,8%' is a growth rate standing as the claim: percent figure, no change object. In the body the same 5,8% is the change of 1.241,5 tỷ.",
    "'gồm' after 366,2 tỷ gives the three taxes total 366,2 tỷ (they add up). 'từ đầu năm đến nay' runs to the dateline 2024-10-10.",
    "'bằng 76,8% kế hoạch năm' → percent of 3.688 tỷ. 'trong đó giải đặc biệt chiếm 3,4%' is a percent figure (no count for the part).",
    "'giảm 0,4 tỷ đồng so với đầu năm' → change value 400.000.000 unit 'đồng' (multiplier applied, FIGURES.md §2). Targets 'chỉ tiêu … năm 2024', 'tối thiểu' at_least.",
    "Agent counts by TP Rạch Giá / TP Phú Quốc / huyện Kiên Lương carry those places. '96 đại lý cấp 1 tại Kiên Giang và các tỉnh …' stays Kiên Giang (company's network).",
    "Distractors: breadcrumb, Nghị định số 122/2017/NĐ-CP, address 'số 1 Nguyễn Công Trứ', phone, view counter.",
]
write(5, text, figs, header, published="2024-10-10", location="Kiên Giang")
