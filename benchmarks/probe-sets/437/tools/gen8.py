from lib import F, P, build

TEXT = """TẠP CHÍ CÔNG THƯƠNG
Thị trường - Xuất nhập khẩu

Giá gạo xuất khẩu neo cao, doanh nghiệp thận trọng ký hợp đồng mới

Hoàng Lan

Theo Bộ Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024 khối lượng gạo xuất khẩu ước đạt 4,68 triệu tấn, tăng 10,4% so với cùng kỳ năm 2023; giá trị đạt 2,87 tỷ USD (tăng 32,2%). Giá gạo xuất khẩu bình quân 6 tháng ước đạt 613,1 USD/tấn, tăng 19,8%.

Bảng: Giá gạo xuất khẩu của Việt Nam theo chủng loại (USD/tấn)
Chủng loại\tTháng 6/2023\tTháng 6/2024\tTăng/giảm (%)
Gạo 5% tấm\t508\t585\t15,2
Gạo 25% tấm\t488\t552\t13,1
Gạo thơm Jasmine\t620\t655\t5,6
Gạo nếp\t640\t712\t11,3
(Nguồn: VFA)

Trong 6 tháng, cả nước có 150 doanh nghiệp tham gia xuất khẩu gạo theo Nghị định số 107/2018/NĐ-CP, trong đó 5 doanh nghiệp có lượng xuất khẩu trên 200.000 tấn. Thị phần gạo Việt Nam tại Philippines chiếm khoảng 75%, tại Indonesia khoảng 30%. Tính đến 30/6/2024, lượng gạo tồn kho tại các doanh nghiệp còn khoảng 1,2 triệu tấn.

Theo các chuyên gia, giá gạo có thể giảm từ 5 đến 10% trong quý IV/2024 khi Ấn Độ nới lỏng hạn chế xuất khẩu. Bộ Công Thương khuyến cáo doanh nghiệp không ký hợp đồng giá thấp, đồng thời đặt mục tiêu năm 2025 xuất khẩu khoảng 7,5 triệu tấn gạo, trị giá 4,5 tỷ USD.
"""

VN = "Việt Nam"
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng", "2024-01-01", "2024-06-30")
J23 = P("Tháng 6/2023", "2023-06-01", "2023-06-30")
J24 = P("Tháng 6/2024", "2024-06-01", "2024-06-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("ước đạt 4,68 triệu tấn", "4,68", 4680000, "measure", "tấn", "khối lượng gạo xuất khẩu",
      change={"direction": "increase", "value": 10.4, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      status="estimate", period=H1, location=VN),
    F("đạt 2,87 tỷ USD", "2,87", 2870000000, "money", "USD", "giá trị gạo xuất khẩu",
      change={"direction": "increase", "value": 32.2, "unit": "%"},
      period=H1, location=VN),
    F("ước đạt 613,1 USD/tấn", "613,1", 613.1, "money", "USD/tấn", "giá gạo xuất khẩu bình quân",
      change={"direction": "increase", "value": 19.8, "unit": "%"},
      status="estimate", period=H1b, location=VN),
]

ROWS = [("Gạo 5% tấm", "508", "585", "15,2"), ("Gạo 25% tấm", "488", "552", "13,1"),
        ("Gạo thơm Jasmine", "620", "655", "5,6"), ("Gạo nếp", "640", "712", "11,3")]
for label, a, b, c in ROWS:
    FIGS.append(F(f"{label}\t{a}\t", a, int(a), "money", "USD/tấn", f"Giá gạo xuất khẩu {label} Tháng 6/2023",
                  period=J23, location=VN))
    FIGS.append(F(f"\t{a}\t{b}\t", b, int(b), "money", "USD/tấn", f"Giá gạo xuất khẩu {label} Tháng 6/2024",
                  period=J24, location=VN))
    FIGS.append(F(f"\t{b}\t{c}\n", c, float(c.replace(",", ".")), "percent", "%", f"Tăng/giảm {label}",
                  location=VN))
FIGS.append(F("Gạo 5% tấm\t", "5", 5, "percent", "%", "tỷ lệ tấm", location=VN, optional=True))
FIGS.append(F("Gạo 25% tấm\t", "25", 25, "percent", "%", "tỷ lệ tấm", location=VN, optional=True))

FIGS += [
    F("có 150 doanh nghiệp", "150", 150, "count", "doanh nghiệp", "doanh nghiệp tham gia xuất khẩu gạo",
      period=H1b, location=VN),
    F("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
      "doanh nghiệp có lượng xuất khẩu trên 200.000 tấn", total=150, period=H1b, location=VN),
    F("trên 200.000 tấn", "200.000", 200000, "measure", "tấn", "lượng xuất khẩu", approx="over",
      location=VN, optional=True),
    F("chiếm khoảng 75%", "75", 75, "percent", "%", "thị phần gạo Việt Nam tại Philippines", approx="about",
      location=VN),
    F("Indonesia khoảng 30%", "30", 30, "percent", "%", "thị phần gạo Việt Nam tại Indonesia", approx="about",
      location=VN),
    F("khoảng 1,2 triệu tấn", "1,2", 1200000, "measure", "tấn", "lượng gạo tồn kho tại các doanh nghiệp",
      approx="about", period=P("Tính đến 30/6/2024", None, "2024-06-30"), location=VN),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "giá gạo giảm", value_max=10, status="forecast",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31"), location=VN),
    F("khoảng 7,5 triệu tấn", "7,5", 7500000, "measure", "tấn", "xuất khẩu gạo", approx="about",
      status="target", period=Y25, location=VN),
    F("trị giá 4,5 tỷ USD", "4,5", 4500000000, "money", "USD", "trị giá gạo xuất khẩu",
      status="target", period=Y25, location=VN),
]

COMMENTS = [
    "Trade magazine (Tạp chí Công Thương), no dateline, byline only: national rice exports 6 months 2024; tab-separated price table.",
    "No date in the text: published null; '6 tháng' takes 2024 from '6 tháng đầu năm 2024'.",
    "'giá trị đạt 2,87 tỷ USD (tăng 32,2%)': the bracketed rise is the change of 2,87 tỷ (no baseline written).",
    "revised: 2,87 tỷ USD status estimate -> actual: its clause after ';' has its own verb 'đạt' and no cue (shared h19: '...; tổng sản lượng",
    "lương thực đạt trên 61,8 vạn tấn' after 'ước đạt' clauses is actual).",
    "Table (tabs): unit '(USD/tấn)' from the title; period from the column headers 'Tháng 6/2023', 'Tháng 6/2024' (scored, as shared h23);",
    "'Tăng/giảm (%)' cells are percent figures with no period. Grades '5% tấm', '25% tấm' in row labels are names: optional.",
    "'5 doanh nghiệp' after 'trong đó' is part of 150 (total). 'trên 200.000 tấn' is a criterion (threshold): optional.",
    "Market shares of Vietnamese rice in Philippines / Indonesia: location Việt Nam (trade partners are not places).",
    "'đặt mục tiêu năm 2025 ... khoảng 7,5 triệu tấn, trị giá 4,5 tỷ USD': target. Distractors: Nghị định số 107/2018/NĐ-CP, '(Nguồn: VFA)'.",
]

build("p437-8", TEXT, FIGS, COMMENTS)
