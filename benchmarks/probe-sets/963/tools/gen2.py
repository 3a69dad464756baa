"""p963-2: huyện Chư Sê (Gia Lai) district portal, inter-agency inspection of petrol stations, autumn 2023."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN CHƯ SÊ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội
Thứ Ba, 14/11/2023 - 10:20

Kiểm tra 27 cửa hàng xăng dầu trên địa bàn huyện

Thực hiện Kế hoạch số 152/KH-UBND ngày 02/10/2023 của UBND huyện, từ ngày 16/10 đến ngày 10/11, Đoàn kiểm tra liên ngành huyện đã kiểm tra 27/31 cửa hàng xăng dầu đang hoạt động trên địa bàn, tập trung tại thị trấn Chư Sê (9 cửa hàng), xã Ia Blang (5 cửa hàng), xã H'Bông (4 cửa hàng) và các cửa hàng dọc Quốc lộ 14, Quốc lộ 25.

Kết quả, đoàn phát hiện 5 cửa hàng vi phạm, chiếm 18,5% số cửa hàng được kiểm tra, với các lỗi: không niêm yết giá bán lẻ (2 trường hợp), không xuất hóa đơn điện tử theo từng lần bán (2 trường hợp), sử dụng phương tiện đo quá hạn kiểm định (1 trường hợp). Qua kiểm tra đo lường, cơ quan chuyên môn đã thử 84 cột đo, trong đó 1 cột đo có sai số 0,82% (thiếu cho người mua), vượt giới hạn cho phép ±0,5%; đoàn đã niêm phong cột đo này và yêu cầu kiểm định lại.

Đoàn đề nghị Chủ tịch UBND huyện xử phạt tổng số tiền 38,5 triệu đồng; riêng Công ty TNHH Xăng dầu Hòa Phát 2 bị phạt 15 triệu đồng do lỗi về đo lường. Số cửa hàng vi phạm giảm 3 cửa hàng so với đợt kiểm tra năm 2022.

Hiện toàn huyện có 31 cửa hàng bán lẻ xăng dầu, bình quân khoảng 1.950 người dân/cửa hàng; tổng sức chứa các bể ngầm trên 1.200 m3. Theo quy hoạch, đến năm 2025 huyện sẽ bố trí thêm 6 cửa hàng tại các xã Ia Ko, Ayun, Kông Htok.

Thanh Tâm (Phòng Kinh tế - Hạ tầng)
"""

INSP = P("từ ngày 16/10 đến ngày 10/11", "2023-10-16", "2023-11-10")
Y25 = P("đến năm 2025", end="2025-12-31")
SUBJ = "cửa hàng xăng dầu được kiểm tra"

FIGS = [
    F("Kiểm tra 27 cửa hàng", "27", 27, "count", "cửa hàng", SUBJ),
    F("kiểm tra 27/31 cửa hàng", "27", 27, "count", "cửa hàng", SUBJ, INSP, total=31),
    F("Chư Sê (9 cửa hàng)", "9", 9, "count", "cửa hàng", SUBJ, INSP),
    F("Ia Blang (5 cửa hàng)", "5", 5, "count", "cửa hàng", SUBJ, INSP),
    F("H'Bông (4 cửa hàng)", "4", 4, "count", "cửa hàng", SUBJ, INSP),
    F("phát hiện 5 cửa hàng vi phạm", "5", 5, "count", "cửa hàng",
      "cửa hàng vi phạm", I(INSP), percent=18.5),
    F("bán lẻ (2 trường hợp)", "2", 2, "count", "trường hợp",
      "vi phạm không niêm yết giá bán lẻ", I(INSP), total=5),
    F("lần bán (2 trường hợp)", "2", 2, "count", "trường hợp",
      "vi phạm không xuất hóa đơn điện tử theo từng lần bán", I(INSP), total=5),
    F("(1 trường hợp)", "1", 1, "count", "trường hợp",
      "vi phạm sử dụng phương tiện đo quá hạn kiểm định", I(INSP), total=5),
    F("thử 84 cột đo", "84", 84, "count", "cột đo", "cột đo được thử", I(INSP)),
    F("trong đó 1 cột đo", "1", 1, "count", "cột đo",
      "cột đo có sai số vượt giới hạn cho phép", I(INSP), total=84),
    F("sai số 0,82%", "0,82", 0.82, "percent", "%", "sai số của cột đo", I(INSP)),
    F("cho phép ±0,5%", "0,5", 0.5, "percent", "%", "giới hạn sai số cho phép", optional=True),
    F("tổng số tiền 38,5 triệu đồng", "38,5", 38500000, "money", "đồng",
      "tổng số tiền xử phạt đề nghị", I(INSP)),
    F("bị phạt 15 triệu đồng", "15", 15000000, "money", "đồng",
      "tiền phạt Công ty TNHH Xăng dầu Hòa Phát 2", I(INSP)),
    F("giảm 3 cửa hàng", "3", 3, "count", "cửa hàng",
      "số cửa hàng vi phạm giảm", I(INSP)),
    F("có 31 cửa hàng bán lẻ", "31", 31, "count", "cửa hàng", "cửa hàng bán lẻ xăng dầu"),
    F("khoảng 1.950 người dân/cửa hàng", "1.950", 1950, "measure", "người dân/cửa hàng",
      "người dân bình quân trên một cửa hàng xăng dầu", approx="about"),
    F("trên 1.200 m3", "1.200", 1200, "measure", "m3", "tổng sức chứa các bể ngầm", approx="over"),
    F("thêm 6 cửa hàng", "6", 6, "count", "cửa hàng",
      "cửa hàng xăng dầu bố trí thêm", Y25, status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Chư Sê (Gia Lai): đoàn liên ngành kiểm tra cửa hàng xăng dầu 16/10-10/11/2023; dateline 'Thứ Ba, 14/11/2023 - 10:20'.",
    "All figures are the district's (location Chư Sê): the commune list (thị trấn Chư Sê, xã Ia Blang, xã H'Bông) is below district level.",
    "The commune list does not add up to 27 (9+5+4), so no total; the error list after ':' adds up to the 5 stores: total 5.",
    "'từ ngày 16/10 đến ngày 10/11' takes 2023 from the dateline/Kế hoạch date. 'Hiện' gives no period. '±0,5%' (legal tolerance) optional.",
    "'giảm 3 cửa hàng so với ... năm 2022' stands alone (no base amount in its sentence): a count figure without change.",
    "Distractors: Kế hoạch số 152/KH-UBND ngày 02/10/2023, Quốc lộ 14 / 25, 'Hòa Phát 2', Thứ Ba, 10:20.",
]

write("p963-2", TEXT, FIGS, NOTES, published="2023-11-14", location="Chư Sê")
