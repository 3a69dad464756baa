"""p536-6: national press, search and repatriation of martyrs' remains and DNA identification."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Dân sinh
Thứ hai, 22/7/2024, 07:00 (GMT+7)

Gần 1.200 hài cốt liệt sĩ được quy tập trong 18 tháng

Từ đầu năm 2023 đến hết tháng 6/2024, các lực lượng chức năng đã tìm kiếm, quy tập được 1.187 hài cốt liệt sĩ, trong đó 524 hài cốt ở trong nước và 663 hài cốt hy sinh tại Lào, Campuchia.

Theo Cục Người có công (Bộ Lao động - Thương binh và Xã hội), số hài cốt quy tập năm 2023 là 742 hài cốt, giảm khoảng 18% so với năm 2022 do địa bàn tìm kiếm ngày càng khó khăn; 6 tháng đầu năm 2024 quy tập 445 hài cốt. Các tỉnh quy tập được nhiều hài cốt trong nước là Quảng Trị 126 hài cốt, Kon Tum 87 hài cốt, Bình Phước 64 hài cốt.

Ngân hàng gen liệt sĩ hiện lưu giữ hơn 35.000 mẫu. Số mẫu lưu giữ hiện nay gấp khoảng 2 lần năm 2020. Năm 2023, các đơn vị giám định đã trả kết quả 1.530 mẫu, xác định danh tính cho 312 liệt sĩ, chiếm 20,4% số mẫu giám định. Chi phí giám định bình quân khoảng 5-7 triệu đồng/mẫu.

Theo ước tính, cả nước hiện còn khoảng 175.000 hài cốt liệt sĩ chưa được tìm thấy, trong đó gần 40.000 hài cốt ở Lào và Campuchia. Giai đoạn 2024-2030, Bộ phấn đấu mỗi năm giám định từ 3.000 đến 4.000 mẫu hài cốt liệt sĩ còn thiếu thông tin.

Thân nhân liệt sĩ có nhu cầu lấy mẫu sinh phẩm để đối chiếu ADN có thể liên hệ Trung tâm Thông tin dữ liệu về liệt sĩ qua số 1900.9696 hoặc tra cứu tại cổng thông tin của Bộ.

Hoàng Phương
"""

SPAN = per("Từ đầu năm 2023 đến hết tháng 6/2024", "2023-01-01", "2024-06-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
GD = per("Giai đoạn 2024-2030", "2024-01-01", "2030-12-31")
F = [
    fig("Gần 1.200 hài cốt", "1.200", 1200, "count", "hài cốt",
        "hài cốt liệt sĩ được quy tập", inh(SPAN), approx="nearly"),
    fig("được 1.187 hài cốt", "1.187", 1187, "count", "hài cốt",
        "hài cốt liệt sĩ được tìm kiếm, quy tập", SPAN),
    fig("đó 524 hài cốt", "524", 524, "count", "hài cốt",
        "hài cốt liệt sĩ quy tập ở trong nước", SPAN, total=1187),
    fig("và 663 hài cốt", "663", 663, "count", "hài cốt",
        "hài cốt liệt sĩ hy sinh tại Lào, Campuchia được quy tập", SPAN, total=1187),
    fig("là 742 hài cốt", "742", 742, "count", "hài cốt",
        "hài cốt liệt sĩ quy tập", Y23,
        change=chg("decrease", 18, baseline="năm 2022", approx="about")),
    fig("quy tập 445 hài cốt", "445", 445, "count", "hài cốt",
        "hài cốt liệt sĩ quy tập", H1),
    fig("Quảng Trị 126 hài cốt", "126", 126, "count", "hài cốt",
        "hài cốt liệt sĩ quy tập trong nước", inh(SPAN), location="Quảng Trị"),
    fig("Kon Tum 87 hài cốt", "87", 87, "count", "hài cốt",
        "hài cốt liệt sĩ quy tập trong nước", inh(SPAN), location="Kon Tum"),
    fig("Bình Phước 64 hài cốt", "64", 64, "count", "hài cốt",
        "hài cốt liệt sĩ quy tập trong nước", inh(SPAN), location="Bình Phước"),
    fig("hơn 35.000 mẫu", "35.000", 35000, "count", "mẫu",
        "mẫu lưu giữ tại Ngân hàng gen liệt sĩ", approx="over"),
    fig("gấp khoảng 2 lần", "2", 2, "multiple", "lần",
        "số mẫu lưu giữ so với năm 2020", approx="about"),
    fig("kết quả 1.530 mẫu", "1.530", 1530, "count", "mẫu",
        "mẫu được các đơn vị giám định trả kết quả", per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("cho 312 liệt sĩ", "312", 312, "count", "liệt sĩ",
        "liệt sĩ được xác định danh tính", per("Năm 2023", "2023-01-01", "2023-12-31"), percent=20.4),
    fig("khoảng 5-7 triệu", "5", 5000000, "money", "đồng/mẫu",
        "chi phí giám định bình quân", approx="about", value_max=7000000),
    fig("khoảng 175.000 hài cốt", "175.000", 175000, "count", "hài cốt",
        "hài cốt liệt sĩ chưa được tìm thấy", approx="about", status="estimate"),
    fig("gần 40.000 hài cốt", "40.000", 40000, "count", "hài cốt",
        "hài cốt liệt sĩ chưa được tìm thấy ở Lào và Campuchia", approx="nearly",
        total=175000, status="estimate"),
    fig("từ 3.000 đến 4.000 mẫu", "3.000", 3000, "count", "mẫu",
        "mẫu hài cốt liệt sĩ còn thiếu thông tin được giám định mỗi năm", GD,
        value_max=4000, status="target"),
]

NOTES = [
    "National press (VnExpress style): 'Thứ hai, 22/7/2024, 07:00 (GMT+7)', byline at the end. National figures: location Việt Nam;",
    "Lào and Campuchia are where martyrs fell, not places of the figures; the three provinces in the list take their own location.",
    "'trong 18 tháng' in the headline is a duration (not a figure); the headline count inherits the lead's span 2023-01-01..2024-06-30.",
    "'giảm khoảng 18% so với năm 2022' is the change of 742 hài cốt. 'gấp khoảng 2 lần năm 2020' stands alone as a sentence: multiple.",
    "'chiếm 20,4% số mẫu giám định' is the share of 312 liệt sĩ (no total: different unit). 'Theo ước tính … khoảng 175.000' -> estimate,",
    "continuing into its 'trong đó' part. 'Giai đoạn 2024-2030, … phấn đấu' -> target range. Distractors: phone 1900.9696, (GMT+7), '18 tháng'.",
]

write("p536-6", TEXT, NOTES, F, published="2024-07-22", location="Việt Nam")
