from lib import F, P, build

TEXT = """BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội - Lao động

Thứ Hai, 28/10/2024 - 16:45

Tai nạn lao động chết người trong các khu công nghiệp vẫn ở mức cao

(ĐN) - Theo Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2024, toàn tỉnh xảy ra 214 vụ tai nạn lao động (TNLĐ) làm 220 người bị nạn, trong đó 29 người chết. Riêng các khu công nghiệp (KCN) xảy ra 132 vụ, chiếm gần 62% tổng số vụ, với 15 người tử vong.

Các địa phương có nhiều người chết do TNLĐ là TP. Biên Hòa (7 người), huyện Trảng Bom (5 người), huyện Nhơn Trạch (5 trường hợp) và huyện Long Thành (4 người).

Theo thống kê của ngành chức năng, mỗi vụ TNLĐ chết người gây thiệt hại trung bình từ 300 đến 500 triệu đồng cho doanh nghiệp và gia đình người lao động. Ước tính tổng chi phí do TNLĐ gây ra trong 9 tháng khoảng 32 tỷ đồng, tổng số ngày nghỉ điều trị hơn 6.400 ngày công.

Từ đầu năm đến nay, Thanh tra Sở đã thanh tra, kiểm tra 87 doanh nghiệp, xử phạt vi phạm hành chính 19 doanh nghiệp với số tiền hơn 2,1 tỷ đồng; trong đó phạt về lĩnh vực an toàn, vệ sinh lao động 640 triệu đồng.

Năm 2024, tỉnh đặt chỉ tiêu huấn luyện an toàn, vệ sinh lao động cho khoảng 45 nghìn người lao động làm công việc có yêu cầu nghiêm ngặt. Tính đến ngày 20/10, các đơn vị đã huấn luyện cho hơn 38.600 người, đạt 85,8% kế hoạch. Dự kiến trong quý IV/2024, Thanh tra Sở sẽ kiểm tra thêm từ 25 đến 30 doanh nghiệp, tập trung vào lĩnh vực xây dựng, cơ khí và hóa chất.

Ông Nguyễn Văn Bình, Chánh Thanh tra Sở cho biết: "Nhiều doanh nghiệp vẫn chưa khai báo TNLĐ theo Điều 34 Luật An toàn, vệ sinh lao động năm 2015. Người lao động có thể phản ánh qua số điện thoại 0251.3822.117".

Hải Quân
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
M9b = P("trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-28")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-28", inh=True)
SUBJ_D = "người chết do TNLĐ"

FIGS = [
    F("xảy ra 214 vụ", "214", 214, "count", "vụ", "vụ tai nạn lao động", M9),
    F("làm 220 người bị nạn", "220", 220, "count", "người", "người bị nạn", M9),
    F("trong đó 29 người chết", "29", 29, "count", "người", "người chết", M9, total=220),
    F("xảy ra 132 vụ", "132", 132, "count", "vụ", "vụ TNLĐ các khu công nghiệp", M9i, percent=62),
    F("với 15 người tử vong", "15", 15, "count", "người", "người tử vong các khu công nghiệp", M9i),
    F("Biên Hòa (7 người)", "7", 7, "count", "người", SUBJ_D, M9i, location="Biên Hòa"),
    F("Trảng Bom (5 người)", "5", 5, "count", "người", SUBJ_D, M9i, location="Trảng Bom"),
    F("Nhơn Trạch (5 trường hợp)", "5", 5, "count", "trường hợp", SUBJ_D, M9i, location="Nhơn Trạch"),
    F("Long Thành (4 người)", "4", 4, "count", "người", SUBJ_D, M9i, location="Long Thành"),
    F("từ 300 đến 500 triệu đồng", "300", 300e6, "money", "đồng", "thiệt hại trung bình mỗi vụ TNLĐ chết người",
      value_max=500e6),
    F("khoảng 32 tỷ đồng", "32", 32e9, "money", "đồng", "tổng chi phí do TNLĐ gây ra", M9b,
      approx="about", status="estimate"),
    F("hơn 6.400 ngày công", "6.400", 6400, "measure", "ngày công", "tổng số ngày nghỉ điều trị", M9b,
      approx="over", status="estimate"),
    F("kiểm tra 87 doanh nghiệp", "87", 87, "count", "doanh nghiệp", "doanh nghiệp được thanh tra, kiểm tra", YTD),
    F("hành chính 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", "doanh nghiệp bị xử phạt vi phạm hành chính", YTD),
    F("hơn 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "số tiền xử phạt vi phạm hành chính", YTD, approx="over"),
    F("lao động 640 triệu đồng", "640", 640e6, "money", "đồng", "tiền phạt lĩnh vực an toàn, vệ sinh lao động", YTD,
      total=2.1e9),
    F("khoảng 45 nghìn người", "45", 45000, "count", "người lao động",
      "người lao động làm công việc có yêu cầu nghiêm ngặt được huấn luyện an toàn, vệ sinh lao động",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
    F("hơn 38.600 người", "38.600", 38600, "count", "người", "người được huấn luyện",
      P("Tính đến ngày 20/10", None, "2024-10-20"), approx="over", percent=85.8),
    F("từ 25 đến 30 doanh nghiệp", "25", 25, "count", "doanh nghiệp", "doanh nghiệp Thanh tra Sở kiểm tra thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), value_max=30, status="forecast"),
]

COMMENTS = [
    "Báo Đồng Nai (Party newspaper), dateline 'Thứ Hai, 28/10/2024 - 16:45', byline at the end. Location Đồng Nai by default.",
    "'132 vụ, chiếm gần 62% tổng số vụ': percent attribute 62; no total (opened by 'Riêng', not a part-of cue). '5 trường hợp' unit trường hợp.",
    "'từ 300 đến 500 triệu đồng' money range, no period (a general average). 'Ước tính … trong 9 tháng khoảng 32 tỷ đồng, … hơn 6.400 ngày công':",
    "both estimate (the cue governs the continuing clause), period 'trong 9 tháng' takes 2024 from the nearest earlier period. 'ngày công' is measure.",
    "'Từ đầu năm đến nay' ends at the dateline (2024-10-28). 640 triệu after 'trong đó' is part of 'hơn 2,1 tỷ đồng' (total 2.1e9).",
    "'chỉ tiêu … khoảng 45 nghìn' target; 'Tính đến ngày 20/10' as-of (year 2024); 'Dự kiến … từ 25 đến 30' forecast range.",
    "Distractors: dateline, 'Điều 34', 'Luật … năm 2015', phone 0251.3822.117, person's name.",
]

build(4, TEXT, COMMENTS, FIGS, published="2024-10-28", location="Đồng Nai")
