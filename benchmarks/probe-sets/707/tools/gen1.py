"""p707-1: Quảng Ninh province portal — periodic health checks and occupational disease screening, H1/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội
Quảng Ninh: Hơn 68.000 người lao động được khám sức khỏe định kỳ
Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.284

Theo Sở Y tế tỉnh Quảng Ninh, 6 tháng đầu năm 2024, các cơ sở y tế trên địa bàn đã khám sức khỏe định kỳ cho 68.425 người lao động tại 412 doanh nghiệp, đạt 57,2% kế hoạch năm, tăng 8,6% so với cùng kỳ năm 2023. Trong đó, lao động ngành than là 41.260 người, lao động tại các khu công nghiệp là 18.930 người.

Cũng trong 6 tháng, các đơn vị đã khám phát hiện bệnh nghề nghiệp cho 15.870 người lao động làm việc trong môi trường có yếu tố có hại, phát hiện 1.126 trường hợp mắc bệnh nghề nghiệp, chiếm 7,1% số người được khám. Trong đó, bệnh bụi phổi silic có 812 ca (72,1%), điếc nghề nghiệp do tiếng ồn 247 ca, bụi phổi than 48 ca và nhiễm độc chì 19 ca. Các ca bệnh tập trung ở TP. Cẩm Phả (486 ca), TP. Hạ Long (315 ca) và TP. Uông Bí (207 ca).

Toàn tỉnh có 214 người lao động được giám định và hưởng chế độ bảo hiểm bệnh nghề nghiệp, với tổng số tiền chi trả trên 9,6 tỷ đồng. Chi phí khám phát hiện bệnh nghề nghiệp bình quân khoảng 650.000 đồng/người.

Nhân Tháng hành động quốc gia về an toàn, vệ sinh lao động lần thứ 8, Sở Y tế đề nghị các doanh nghiệp dọc Quốc lộ 18 thực hiện nghiêm Thông tư số 28/2016/TT-BYT. Tỉnh phấn đấu đến năm 2025 có 100% người lao động tại cơ sở có yếu tố có hại được khám phát hiện bệnh nghề nghiệp.

Mọi phản ánh xin gửi về Sở Y tế, số 651 Lê Thánh Tông, TP. Hạ Long; điện thoại 0203.3835.524.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S6 = P("6 tháng", "2024-01-01", "2024-06-30")

FIGS = [
    F("Hơn 68.000 người lao động", "68.000", 68000, "count", "người lao động",
      "người lao động được khám sức khỏe định kỳ", I(H1), approx="over"),
    F("cho 68.425 người lao động", "68.425", 68425, "count", "người lao động",
      "người lao động được khám sức khỏe định kỳ", H1,
      percent=57.2, change=CH("increase", 8.6, "%", "cùng kỳ năm 2023")),
    F("tại 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp",
      "doanh nghiệp có người lao động được khám sức khỏe định kỳ", H1),
    F("than là 41.260 người", "41.260", 41260, "count", "người",
      "lao động ngành than được khám sức khỏe định kỳ", I(H1), total=68425),
    F("là 18.930 người", "18.930", 18930, "count", "người",
      "lao động tại các khu công nghiệp được khám sức khỏe định kỳ", I(H1), total=68425),
    F("cho 15.870 người lao động", "15.870", 15870, "count", "người lao động",
      "người lao động làm việc trong môi trường có yếu tố có hại được khám phát hiện bệnh nghề nghiệp", S6),
    F("phát hiện 1.126 trường hợp", "1.126", 1126, "count", "trường hợp",
      "trường hợp mắc bệnh nghề nghiệp được phát hiện", S6, percent=7.1),
    F("có 812 ca (72,1%)", "812", 812, "count", "ca",
      "ca bệnh bụi phổi silic", I(S6), total=1126, percent=72.1),
    F("tiếng ồn 247 ca", "247", 247, "count", "ca",
      "ca điếc nghề nghiệp do tiếng ồn", I(S6), total=1126),
    F("phổi than 48 ca", "48", 48, "count", "ca",
      "ca bụi phổi than", I(S6), total=1126),
    F("chì 19 ca", "19", 19, "count", "ca",
      "ca nhiễm độc chì", I(S6), total=1126),
    F("Cẩm Phả (486 ca)", "486", 486, "count", "ca",
      "ca bệnh nghề nghiệp", I(S6), location="Cẩm Phả"),
    F("Hạ Long (315 ca)", "315", 315, "count", "ca",
      "ca bệnh nghề nghiệp", I(S6), location="Hạ Long"),
    F("Uông Bí (207 ca)", "207", 207, "count", "ca",
      "ca bệnh nghề nghiệp", I(S6), location="Uông Bí"),
    F("có 214 người lao động", "214", 214, "count", "người lao động",
      "người lao động được giám định và hưởng chế độ bảo hiểm bệnh nghề nghiệp"),
    F("trên 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng",
      "tổng số tiền chi trả chế độ bảo hiểm bệnh nghề nghiệp", approx="over"),
    F("khoảng 650.000 đồng/người", "650.000", 650000, "money", "đồng/người",
      "chi phí khám phát hiện bệnh nghề nghiệp bình quân", approx="about"),
    F("có 100% người lao động", "100", 100, "percent", "%",
      "người lao động tại cơ sở có yếu tố có hại được khám phát hiện bệnh nghề nghiệp",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Quảng Ninh provincial portal: periodic health checks (khám sức khỏe định kỳ) and occupational disease screening, 6 tháng đầu năm 2024.",
    "Breadcrumb, 'Cập nhật: 15/07/2024 08:30 | Lượt xem: 1.284' (counter not a figure). 'lần thứ 8', Quốc lộ 18, Thông tư số 28/2016/TT-BYT,",
    "address 'số 651 Lê Thánh Tông' and phone are distractors. 'đạt 57,2% kế hoạch năm, tăng 8,6%' belong to the workers (68.425), not to the 412 enterprises.",
    "Disease parts after 'Trong đó' add up to 1.126; the city list (486+315+207) follows no cue and does not add up: no total.",
    "'Cũng trong 6 tháng' = first 6 months of 2024. Sentences without a period phrase get none.",
]

if __name__ == "__main__":
    emit("p707-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Quảng Ninh")
