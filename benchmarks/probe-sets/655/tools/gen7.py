"""p655-7: department site (Trung tâm Dịch vụ việc làm Hà Nội), no dateline, one-cell-per-line table by district."""
from lib import F, P, INH, CH, TG, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HÀ NỘI
TRUNG TÂM DỊCH VỤ VIỆC LÀM HÀ NỘI

Tình hình giải quyết trợ cấp thất nghiệp tại một số quận, huyện năm 2023

Năm 2023, Trung tâm Dịch vụ việc làm Hà Nội đã tiếp nhận 72.845 hồ sơ đề nghị hưởng trợ cấp thất nghiệp, tăng 9,1% so với năm 2022; trình Sở Lao động - Thương binh và Xã hội ban hành 70.916 quyết định hưởng, tổng số tiền chi trả ước đạt 1.684,3 tỷ đồng.

Số người có quyết định hưởng trợ cấp thất nghiệp tại một số quận, huyện như sau:

Đơn vị tính: người

Quận, huyện

Năm 2022

Năm 2023

Cầu Giấy

4.518

4.906

Hà Đông

5.210

5.874

Đông Anh

3.642

4.105

Sóc Sơn

2.087

2.391

Thạch Thất

1.356

1.512

Toàn thành phố

64.730

70.916

Ngoài tiền trợ cấp, năm 2023 có 1.236 người được hỗ trợ học nghề với mức hỗ trợ tối đa 4,5 triệu đồng/người/tháng; 58.470 lượt người được tư vấn, giới thiệu việc làm.

Số người hưởng tăng chủ yếu ở lao động ngành dệt may, da giày và điện tử; lao động trong độ tuổi từ 25 đến 40 chiếm 61,5%. Cũng trong năm, 21.340 người được tư vấn trước khi quyết định rút bảo hiểm xã hội một lần.

Người lao động có thể nộp hồ sơ tại 14 điểm tiếp nhận, trong đó có 4 điểm đặt tại các khu công nghiệp, hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia.

Địa chỉ: Số 215 Trung Kính, phường Yên Hòa, quận Cầu Giấy, Hà Nội
Điện thoại: 024.3784.0567 | Giờ làm việc: 8h00 - 17h00
Tổng lượt truy cập: 2.418.360
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
SUBJ = "người có quyết định hưởng trợ cấp thất nghiệp"

ROWS = [
    ("Cầu Giấy", "4.518", "4.906", "Cầu Giấy"),
    ("Hà Đông", "5.210", "5.874", "Hà Đông"),
    ("Đông Anh", "3.642", "4.105", "Đông Anh"),
    ("Sóc Sơn", "2.087", "2.391", "Sóc Sơn"),
    ("Thạch Thất", "1.356", "1.512", "Thạch Thất"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("tiếp nhận 72.845 hồ sơ", "72.845", 72845, "count", "hồ sơ",
      "hồ sơ đề nghị hưởng trợ cấp thất nghiệp", Y23, change=CH("increase", 9.1, "%", "năm 2022")),
    F("ban hành 70.916 quyết định", "70.916", 70916, "count", "quyết định", "quyết định hưởng", Y23),
    F("ước đạt 1.684,3 tỷ đồng", "1.684,3", 1684.3e9, "money", "đồng", "tổng số tiền chi trả", Y23,
      status="estimate"),
]
for label, a, b, loc in ROWS:
    FIGS.append(F(f"{label}\n\n{a}\n", a, num(a), "count", "người", f"{SUBJ} năm 2022", Y22, location=loc))
    FIGS.append(F(f"{a}\n\n{b}\n", b, num(b), "count", "người", f"{SUBJ} năm 2023", Y23, location=loc))
FIGS += [
    F("Toàn thành phố\n\n64.730", "64.730", 64730, "count", "người", f"{SUBJ} toàn thành phố năm 2022", Y22),
    F("64.730\n\n70.916", "70.916", 70916, "count", "người", f"{SUBJ} toàn thành phố năm 2023", Y23),
    F("có 1.236 người", "1.236", 1236, "count", "người", "người được hỗ trợ học nghề",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tối đa 4,5 triệu đồng/người/tháng", "4,5", 4.5e6, "money", "đồng/người/tháng",
      "mức hỗ trợ học nghề", P("năm 2023", "2023-01-01", "2023-12-31"), approx="at_most"),
    F("58.470 lượt người", "58.470", 58470, "count", "lượt người",
      "lượt người được tư vấn, giới thiệu việc làm", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 25 đến 40", "25", 25, "measure", "tuổi", value_max=40, optional=True),
    F("chiếm 61,5%", "61,5", 61.5, "percent", "%", "lao động trong độ tuổi từ 25 đến 40 trong số người hưởng",
      INH(Y23)),
    F("21.340 người", "21.340", 21340, "count", "người",
      "người được tư vấn trước khi quyết định rút bảo hiểm xã hội một lần", INH(Y23)),
    F("tại 14 điểm", "14", 14, "count", "điểm tiếp nhận", "điểm tiếp nhận hồ sơ"),
    F("có 4 điểm", "4", 4, "count", "điểm", "điểm tiếp nhận đặt tại các khu công nghiệp", total=14),
]

COMMENTS = [
    "Trung tâm Dịch vụ việc làm Hà Nội (department site): trợ cấp thất nghiệp năm 2023 by district. No dateline: no published.",
    "One-cell-per-line table with 'Đơn vị tính: người': every numeric cell is a figure; period from the column header (Năm 2022 / Năm 2023,",
    "scored as in shared h23); district rows go to location, 'Toàn thành phố' is the city (Hà Nội). 70.916 in the prose (quyết định) and in the",
    "table (người, total row) are two figures.",
    "Age band 'từ 25 đến 40' is optional; 'Cũng trong năm' refers back to 2023 (inherited).",
    "'tối đa 4,5 triệu đồng/người/tháng' is the support cap (money, at_most). 'trong đó có 4 điểm' is a part of the 14 points.",
    "Distractors: 'Số 215 Trung Kính', phone '024.3784.0567', '8h00 - 17h00', 'Tổng lượt truy cập: 2.418.360'.",
]

if __name__ == "__main__":
    emit("p655-7", TEXT, COMMENTS, FIGS, published=None, location="Hà Nội")
