"""p1177-4: ministry site (Bộ VHTTDL), national picture of buffalo-fighting festivals in 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức - Sự kiện > Văn hóa cơ sở

Chấn chỉnh công tác tổ chức lễ hội chọi trâu

Cập nhật lúc 10:15, ngày 05/03/2024

Theo báo cáo của Cục Văn hóa cơ sở, năm 2023 cả nước có 27 lễ hội chọi trâu được tổ chức tại 11 tỉnh, thành phố, tăng 4 lễ hội so với năm 2022; trong đó 3 lễ hội đã được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia. Các địa phương có nhiều lễ hội nhất lần lượt là Phú Thọ (6 lễ hội), Vĩnh Phúc (5 lễ hội) và Tuyên Quang (4 lễ hội).

Tổng số trâu tham gia thi đấu trong năm khoảng 620 con, trong đó hơn 70% được mua từ các tỉnh miền núi phía Bắc và từ Lào. Giá một con trâu chọi phổ biến từ 80 triệu đến 300 triệu đồng, cá biệt có con trên 1 tỷ đồng. Doanh thu du lịch, dịch vụ tại các lễ hội chọi trâu ước đạt 210 tỷ đồng, tăng 18% so với năm 2022.

Năm 2023, Bộ đã thành lập 5 đoàn kiểm tra tại 9 lễ hội chọi trâu, phát hiện 2 trường hợp có dấu hiệu tổ chức cá cược; các địa phương đã xử phạt vi phạm hành chính 14 trường hợp với tổng số tiền 86 triệu đồng. Tính đến ngày 31/12/2023, cả nước có 16 lễ hội chọi trâu đã ban hành quy chế thi đấu thống nhất, chiếm 59,3% tổng số lễ hội.

Theo Nghị định số 110/2018/NĐ-CP quy định về quản lý và tổ chức lễ hội, nghiêm cấm lợi dụng lễ hội để tổ chức cá cược. Bộ đặt mục tiêu đến năm 2025, 100% lễ hội chọi trâu có phương án bảo đảm an ninh, an toàn và kiểm dịch trâu trước khi thi đấu; tỷ lệ trâu được tiêm phòng đạt ít nhất 95%.

Cổng Thông tin điện tử Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội - Điện thoại: 024.3943.8231
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TN = P("trong năm", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
LH = "lễ hội chọi trâu được tổ chức"

FIGS = [
    F("có 27 lễ hội", "27", 27, "count", "lễ hội", change=C("increase", 4, "lễ hội", "năm 2022"),
      subject=LH, period=Y23),
    F("tại 11 tỉnh", "11", 11, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố tổ chức lễ hội chọi trâu", period=Y23),
    F("trong đó 3 lễ hội", "3", 3, "count", "lễ hội", total=27,
      subject="lễ hội chọi trâu được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia", period=Y23),
    F("Phú Thọ (6 lễ hội)", "6", 6, "count", "lễ hội", subject=LH, period=I(Y23), location="Phú Thọ"),
    F("Vĩnh Phúc (5 lễ hội)", "5", 5, "count", "lễ hội", subject=LH, period=I(Y23), location="Vĩnh Phúc"),
    F("Tuyên Quang (4 lễ hội)", "4", 4, "count", "lễ hội", subject=LH, period=I(Y23), location="Tuyên Quang"),
    F("khoảng 620 con", "620", 620, "count", "con", approx="about",
      subject="trâu tham gia thi đấu", period=TN),
    F("hơn 70%", "70", 70, "percent", "%", approx="over",
      subject="tỷ lệ trâu được mua từ các tỉnh miền núi phía Bắc và từ Lào", period=TN),
    F("từ 80 triệu đến 300 triệu", "80", 80000000, "money", "đồng", value_max=300000000,
      subject="giá một con trâu chọi"),
    F("trên 1 tỷ", "1", 1000000000, "money", "đồng", approx="over",
      subject="giá trâu chọi cá biệt"),
    F("ước đạt 210 tỷ", "210", 210000000000, "money", "đồng", status="estimate",
      change=C("increase", 18, "%", "năm 2022"),
      subject="doanh thu du lịch, dịch vụ tại các lễ hội chọi trâu", period=I(Y23)),
    F("thành lập 5 đoàn", "5", 5, "count", "đoàn kiểm tra", subject="đoàn kiểm tra của Bộ", period=Y23b),
    F("tại 9 lễ hội", "9", 9, "count", "lễ hội", subject="lễ hội chọi trâu được kiểm tra", period=Y23b),
    F("phát hiện 2 trường hợp", "2", 2, "count", "trường hợp",
      subject="trường hợp có dấu hiệu tổ chức cá cược", period=Y23b),
    F("hành chính 14 trường hợp", "14", 14, "count", "trường hợp",
      subject="trường hợp bị xử phạt vi phạm hành chính", period=Y23b),
    F("số tiền 86 triệu", "86", 86000000, "money", "đồng",
      subject="tổng số tiền xử phạt vi phạm hành chính", period=Y23b),
    F("có 16 lễ hội", "16", 16, "count", "lễ hội", percent=59.3,
      subject="lễ hội chọi trâu đã ban hành quy chế thi đấu thống nhất", period=ASOF),
    F("2025, 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ lễ hội chọi trâu có phương án bảo đảm an ninh, an toàn và kiểm dịch trâu", period=TO25),
    F("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ trâu được tiêm phòng", period=TO25),
]

NOTES = [
    "Ministry site (Bộ VHTTDL), national figures: default location Việt Nam; province items of the 'lần lượt' list get their province.",
    "Published from 'Cập nhật lúc 10:15, ngày 05/03/2024'. Footer address and phone.",
    "Distractors: Nghị định số 110/2018/NĐ-CP, '51 Ngô Quyền', 024.3943.8231, time 10:15, 'Giá một con trâu chọi' (a rate's 'một', not a count).",
    "'trong năm' (second paragraph) = năm 2023 of the first sentence: scored for 620 and 70%. Prices of a buffalo are general: no period.",
    "'chiếm 59,3% tổng số lễ hội' is the share of 16 (no numeric whole in the sentence: no total). 'đến năm 2025' governs both targets after ';'.",
]

if __name__ == "__main__":
    write("p1177-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
