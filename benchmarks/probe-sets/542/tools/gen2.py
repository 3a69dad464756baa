from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÀM YÊN - TỈNH TUYÊN QUANG
Kinh tế | Thứ Năm, 10/10/2024 - 14:20

Hàm Yên có gần 2.800 ha rừng trồng gỗ lớn

Phát triển rừng trồng gỗ lớn được huyện xác định là hướng đi chủ lực để nâng cao giá trị kinh tế lâm nghiệp. Tính đến hết quý III/2024, toàn huyện có 2.786 ha rừng trồng gỗ lớn, đạt 92,9% kế hoạch; trong đó diện tích trồng mới 415 ha, diện tích chuyển hóa từ rừng gỗ nhỏ sang gỗ lớn 2.371 ha.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, rừng gỗ lớn cho năng suất bình quân 180-200 m³/ha, giá bán cao hơn từ 30 đến 40% so với gỗ nhỏ. Lợi nhuận bình quân đạt khoảng 250 triệu đồng/ha. Mức lợi nhuận này gấp 1,8 lần rừng keo khai thác ở chu kỳ 5-6 năm.

Riêng quý III, các hộ dân đã khai thác 46.500 m³ gỗ rừng trồng, tăng 12% so với quý III/2023. Các xã có sản lượng lớn lần lượt là Thái Sơn 8.200 m³, Bằng Cốc 6.950 m³ và Yên Phú 5.400 m³, chủ yếu ở các thôn dọc Quốc lộ 2.

Từ năm 2021 đến nay, huyện đã hỗ trợ 1.240 hộ tham gia mô hình với tổng kinh phí hơn 3,6 tỷ đồng, mức hỗ trợ 1,5 triệu đồng/ha/năm. Hiện toàn huyện có 128 hộ với 960 ha rừng đã được cấp chứng chỉ FSC nhóm hộ.

Năm 2025, huyện phấn đấu trồng mới 500 ha và chuyển hóa thêm 300 ha rừng gỗ lớn.

Thu Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

ASOF = P("Tính đến hết quý III/2024", None, "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-10")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 2.800 ha", "2.800", 2800, "measure", "ha", "rừng trồng gỗ lớn", I(ASOF), approx="nearly"),
    F("có 2.786 ha", "2.786", 2786, "measure", "ha", "rừng trồng gỗ lớn", ASOF, percent=92.9),
    F("trồng mới 415 ha", "415", 415, "measure", "ha", "diện tích trồng mới rừng gỗ lớn", ASOF, total=2786),
    F("gỗ lớn 2.371 ha", "2.371", 2371, "measure", "ha", "diện tích chuyển hóa từ rừng gỗ nhỏ sang gỗ lớn", ASOF,
      total=2786),
    F("180-200 m³/ha", "180", 180, "measure", "m³/ha", "năng suất bình quân rừng gỗ lớn", value_max=200),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "giá bán gỗ lớn cao hơn so với gỗ nhỏ", value_max=40),
    F("khoảng 250 triệu đồng/ha", "250", 250e6, "money", "đồng/ha", "lợi nhuận bình quân rừng gỗ lớn", approx="about"),
    F("gấp 1,8 lần", "1,8", 1.8, "multiple", "lần", "mức lợi nhuận rừng gỗ lớn so với rừng keo"),
    F("chu kỳ 5-6 năm", "5", 5, "measure", "năm", "chu kỳ khai thác rừng keo", value_max=6, optional=True),
    F("khai thác 46.500 m³", "46.500", 46500, "measure", "m³", "gỗ rừng trồng các hộ dân khai thác", Q3,
      change=CH("increase", 12, "%", "quý III/2023")),
    F("Thái Sơn 8.200 m³", "8.200", 8200, "measure", "m³", "sản lượng gỗ rừng trồng khai thác của xã Thái Sơn", I(Q3)),
    F("Bằng Cốc 6.950 m³", "6.950", 6950, "measure", "m³", "sản lượng gỗ rừng trồng khai thác của xã Bằng Cốc", I(Q3)),
    F("Yên Phú 5.400 m³", "5.400", 5400, "measure", "m³", "sản lượng gỗ rừng trồng khai thác của xã Yên Phú", I(Q3)),
    F("hỗ trợ 1.240 hộ", "1.240", 1240, "count", "hộ", "hộ tham gia mô hình được hỗ trợ", SINCE),
    F("hơn 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "tổng kinh phí hỗ trợ", SINCE, approx="over"),
    F("1,5 triệu đồng/ha/năm", "1,5", 1.5e6, "money", "đồng/ha/năm", "mức hỗ trợ", SINCE),
    F("có 128 hộ", "128", 128, "count", "hộ", "hộ có rừng được cấp chứng chỉ FSC nhóm hộ"),
    F("với 960 ha", "960", 960, "measure", "ha", "rừng được cấp chứng chỉ FSC nhóm hộ"),
    F("trồng mới 500 ha", "500", 500, "measure", "ha", "rừng gỗ lớn trồng mới", Y25, status="target"),
    F("thêm 300 ha", "300", 300, "measure", "ha", "rừng gỗ lớn chuyển hóa thêm", Y25, status="target"),
]

COMMENTS = [
    "Hàm Yên (Tuyên Quang) district portal: large-timber plantations, conversion, harvest Q3/2024, FSC group certificate.",
    "Location is the district; the communes of the 'lần lượt' list are not a location level of FIGURES.md (province, city or district),",
    "so their items keep Hàm Yên and name the commune in the subject (as h26 keeps an investor country in the subject).",
    "revised after the first run: the commune items first had the commune as location and no commune in the subject.",
    "'gấp 1,8 lần' stands in its own sentence as the claim: a multiple. 'chu kỳ 5-6 năm' (rotation length) optional.",
    "'Từ năm 2021 đến nay' ends at the dateline 10/10/2024; 'Hiện' gives no period. Headline has no period (inherited as-of).",
    "Distractors: Quốc lộ 2, dateline time 14:20, quý III/2023 baseline.",
]

emit("p542-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Hàm Yên")
