"""p888-4: ministry site (Cục Chăn nuôi, Bộ NN&PTNT), national livestock waste and biogas figures."""
from lib import F, P, I, C, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI
Trang chủ » Tin tức » Môi trường chăn nuôi
Ngày đăng: 05/06/2024 | Lượt xem: 1.127

Mỗi năm chăn nuôi phát sinh khoảng 61 triệu tấn chất thải rắn

Theo Cục Chăn nuôi, hiện cả nước có khoảng 14.900 trang trại chăn nuôi quy mô lớn và vừa cùng hơn 12 triệu hộ chăn nuôi nhỏ lẻ. Mỗi năm, ngành chăn nuôi thải ra khoảng 61 triệu tấn chất thải rắn, trong đó chất thải từ chăn nuôi lợn chiếm khoảng 40%; lượng chất thải lỏng lên tới 300-320 triệu m3.

Năm 2023, tỷ lệ chất thải chăn nuôi được xử lý, tái sử dụng đạt 82%, cao hơn 2 điểm phần trăm so với năm 2022. Cả nước hiện có trên 500.000 công trình khí sinh học, sản xuất khoảng 450 triệu m3 khí/năm. Tuy nhiên, chỉ khoảng 26% hộ chăn nuôi quy mô nhỏ có công trình xử lý chất thải đạt yêu cầu.

Các địa phương có tỷ lệ xử lý chất thải cao nhất lần lượt là Đồng Nai (95,2%), Bình Dương (94,8%), Bình Phước (93,1%); thấp nhất là Hà Giang, chưa tới 60%.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 ban hành kèm Quyết định số 1520/QĐ-TTg, đến năm 2025 tỷ lệ chất thải chăn nuôi được xử lý đạt 85%, đến năm 2030 đạt trên 90%. Dự kiến đến năm 2025, cả nước sẽ có 100.000 công trình biogas được nâng cấp, ứng dụng công nghệ mới.

Tại hội thảo lần thứ 5 về môi trường chăn nuôi, đại diện Cục Chăn nuôi cho biết sẽ trình Bộ sửa đổi Thông tư số 23/2019/TT-BNNPTNT về hướng dẫn Luật Chăn nuôi.

Cục Chăn nuôi - Số 16 Thụy Khuê, Tây Hồ, Hà Nội. Điện thoại: 024.3734.5443
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("phát sinh khoảng 61 triệu tấn", "61", 61000000, "measure", "tấn/năm",
      "chất thải rắn chăn nuôi phát sinh mỗi năm", approx="about"),
    F("khoảng 14.900 trang trại", "14.900", 14900, "count", "trang trại", "trang trại chăn nuôi quy mô lớn và vừa",
      approx="about"),
    F("hơn 12 triệu hộ", "12", 12000000, "count", "hộ", "hộ chăn nuôi nhỏ lẻ", approx="over"),
    F("thải ra khoảng 61 triệu tấn", "61", 61000000, "measure", "tấn/năm",
      "chất thải rắn chăn nuôi thải ra mỗi năm", approx="about"),
    F("300-320 triệu m3", "300", 300000000, "measure", "m3/năm", "chất thải lỏng chăn nuôi thải ra mỗi năm",
      value_max=320000000),
    F("chiếm khoảng 40%", "40", 40, "percent", "%", "tỷ trọng chất thải từ chăn nuôi lợn", approx="about"),
    F("đạt 82%", "82", 82, "percent", "%", "tỷ lệ chất thải chăn nuôi được xử lý, tái sử dụng", Y23,
      change=C("increase", 2, "điểm phần trăm", "năm 2022")),
    F("trên 500.000 công trình", "500.000", 500000, "count", "công trình", "công trình khí sinh học", approx="over"),
    F("khoảng 450 triệu m3", "450", 450000000, "measure", "m3/năm", "khí sinh học sản xuất mỗi năm",
      approx="about"),
    F("khoảng 26% hộ", "26", 26, "percent", "%",
      "tỷ lệ hộ chăn nuôi quy mô nhỏ có công trình xử lý chất thải đạt yêu cầu", approx="about"),
    F("Đồng Nai (95,2%)", "95,2", 95.2, "percent", "%", "tỷ lệ xử lý chất thải chăn nuôi", I(Y23),
      location="Đồng Nai"),
    F("Bình Dương (94,8%)", "94,8", 94.8, "percent", "%", "tỷ lệ xử lý chất thải chăn nuôi", I(Y23),
      location="Bình Dương"),
    F("Bình Phước (93,1%)", "93,1", 93.1, "percent", "%", "tỷ lệ xử lý chất thải chăn nuôi", I(Y23),
      location="Bình Phước"),
    F("chưa tới 60%", "60", 60, "percent", "%", "tỷ lệ xử lý chất thải chăn nuôi", I(Y23), approx="under",
      location="Hà Giang"),
    F("đạt 85%", "85", 85, "percent", "%", "tỷ lệ chất thải chăn nuôi được xử lý",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ chất thải chăn nuôi được xử lý",
      P("đến năm 2030", None, "2030-12-31"), approx="over", status="target"),
    F("có 100.000 công trình", "100.000", 100000, "count", "công trình",
      "công trình biogas được nâng cấp, ứng dụng công nghệ mới", P("đến năm 2025", None, "2025-12-31"),
      status="forecast"),
]

NOTES = [
    "Cục Chăn nuôi (Bộ NN&PTNT) news page: national livestock waste volumes, treatment rate 2023, biogas works, top provinces, 2025/2030 targets.",
    "'Mỗi năm ... tấn' is a rate (tấn/năm); the headline repeats the body figure and is a figure too.",
    "'trong đó chất thải từ chăn nuôi lợn chiếm khoảng 40%' has no base amount: a percent figure. 'cao hơn 2 điểm phần trăm' is the change of 82%.",
    "Province list items take the 2023 period of the previous paragraph (inherited). 'hiện' gives no period.",
    "Distractors: Lượt xem 1.127, 'giai đoạn 2021-2030, tầm nhìn 2045', Quyết định số 1520/QĐ-TTg, Thông tư số 23/2019/TT-BNNPTNT,",
    "'lần thứ 5', address Số 16 Thụy Khuê, phone 024.3734.5443.",
    "revised after the first run: unit of 450 triệu m3 'm3 khí/năm' -> 'm3/năm' (substance goes to the subject, as in tấn/năm).",
]

write("p888-4", TEXT, FIGS, NOTES, published="2024-06-05", location="Việt Nam")
