from lib import F, P, I, YEAR, CH, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ ĐÀ NẴNG
Trang chủ » Tin hoạt động » Quản lý chất thải rắn

Điều chỉnh giá dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt từ năm 2025

Hiện nay, mỗi ngày thành phố Đà Nẵng phát sinh khoảng 1.150 tấn chất thải rắn sinh hoạt; tỷ lệ thu gom đạt 99,5% ở các quận và 93% ở huyện Hòa Vang. Phần lớn rác thu gom được chôn lấp tại Bãi rác Khánh Sơn, nơi đã tiếp nhận hơn 6,8 triệu tấn rác kể từ năm 1992.

Theo Quyết định số 52/2024/QĐ-UBND của UBND thành phố, giá dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt đối với hộ gia đình, cá nhân được điều chỉnh tăng từ 10 đến 25% so với mức hiện hành, áp dụng từ ngày 01/01/2025, cụ thể:

Bảng giá dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt
Đơn vị tính: đồng/hộ/tháng
Đối tượng
Mức giá hiện hành
Mức giá năm 2025
Hộ mặt tiền đường phố tại các quận
30.000
36.000
Hộ trong kiệt, hẻm tại các quận
22.000
26.000
Hộ tại các xã thuộc huyện Hòa Vang
12.000
15.000
Hộ kinh doanh nhỏ tại chợ
50.000
55.000

Dự kiến tổng số thu giá dịch vụ năm 2025 đạt khoảng 168 tỷ đồng, tương đương khoảng 55% chi phí thu gom, vận chuyển; phần còn lại do ngân sách thành phố cấp bù. Thành phố cũng đang kêu gọi đầu tư nhà máy đốt rác phát điện công suất 650 tấn/ngày tại Khánh Sơn.

Sở Tài nguyên và Môi trường thành phố Đà Nẵng
Tầng 21, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3822.588 | Tổng lượt truy cập: 1.274.906
"""

Y25 = YEAR(2025, "Mức giá năm 2025")
ROWS = [("Hộ mặt tiền đường phố tại các quận", None, "30.000", "36.000"),
        ("Hộ trong kiệt, hẻm tại các quận", None, "22.000", "26.000"),
        ("Hộ tại các xã thuộc huyện Hòa Vang", "Hòa Vang", "12.000", "15.000"),
        ("Hộ kinh doanh nhỏ tại chợ", None, "50.000", "55.000")]

FIGS = [
    F("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn/ngày", "chất thải rắn sinh hoạt phát sinh mỗi ngày", approx="about"),
    F("đạt 99,5%", "99,5", 99.5, "percent", "%", "tỷ lệ thu gom ở các quận"),
    F("và 93% ở", "93", 93, "percent", "%", "tỷ lệ thu gom", location="Hòa Vang"),
    F("hơn 6,8 triệu tấn", "6,8", 6.8e6, "measure", "tấn", "rác Bãi rác Khánh Sơn đã tiếp nhận",
      P("kể từ năm 1992", "1992-01-01", None), approx="over"),
    F("từ 10 đến 25%", "10", 10, "percent", "%",
      "giá dịch vụ thu gom, vận chuyển chất thải rắn sinh hoạt đối với hộ gia đình, cá nhân được điều chỉnh tăng",
      value_max=25),
]
for label, place, cur, new in ROWS:
    kw = {"location": place} if place else {}
    FIGS.append(F(f"{label}\n{cur}\n", cur, float(cur.replace(".", "")), "money", "đồng/hộ/tháng",
                  f"{label} mức giá hiện hành", **kw))
    FIGS.append(F(f"{cur}\n{new}\n", new, float(new.replace(".", "")), "money", "đồng/hộ/tháng",
                  f"{label} mức giá năm 2025", Y25, **kw))

FIGS += [
    F("khoảng 168 tỷ", "168", 168e9, "money", "đồng", "tổng số thu giá dịch vụ", YEAR(2025),
      approx="about", percent=55, status="forecast"),
    F("công suất 650 tấn/ngày", "650", 650, "measure", "tấn/ngày", "công suất nhà máy đốt rác phát điện kêu gọi đầu tư"),
]

COMMENTS = [
    "Department site (Sở TN&MT Đà Nẵng), breadcrumb, NO dateline (published absent); footer with address, phone and visit counter.",
    "Location Đà Nẵng; '93% ở huyện Hòa Vang' and the table row for Hòa Vang communes -> Hòa Vang.",
    "'hơn 6,8 triệu tấn rác kể từ năm 1992' -> period from 1992-01-01, open end (like 'từ năm … đến nay' without a published date).",
    "'điều chỉnh tăng từ 10 đến 25% so với mức hiện hành' is the claim itself (a percent range, no change object).",
    "One-cell-per-line table with 'Đơn vị tính: đồng/hộ/tháng': every cell is a money figure; subject = row label + column label;",
    "'Mức giá năm 2025' column -> period năm 2025 (scored, as h23's column headers); 'Mức giá hiện hành' column has no period.",
    "'Dự kiến … năm 2025 đạt khoảng 168 tỷ đồng, tương đương khoảng 55% chi phí' -> forecast, about, percent 55.",
    "Distractors: Quyết định số 52/2024/QĐ-UBND, 'ngày 01/01/2025', 'Tầng 21', '24 Trần Phú', phone, 'Tổng lượt truy cập: 1.274.906'.",
]

emit("p491-7", TEXT, COMMENTS, FIGS, location="Đà Nẵng")
