"""p551-8: Liên đoàn Lao động TP Hải Phòng (trade-union city site) — Tháng hành động ATVSLĐ 2024, kiểm tra, quà, ATVSV, TNLĐ."""
from lib import F, P, I, CH, TG, emit

TEXT = """LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG
Tin tức - Sự kiện | Bảo hộ lao động
Ngày cập nhật 28/06/2024

Gần 210.000 lượt người lao động tham gia Tháng hành động về an toàn, vệ sinh lao động

Tháng hành động về an toàn, vệ sinh lao động năm 2024 được tổ chức từ ngày 1/5 đến 31/5/2024 theo Kế hoạch số 645/KH-LĐLĐ. Trong tháng 5/2024, các cấp công đoàn thành phố Hải Phòng đã phối hợp tổ chức 1.180 cuộc tuyên truyền, thu hút gần 210.000 lượt người lao động tham gia; treo 3.450 băng rôn, khẩu hiệu tại các khu công nghiệp Đình Vũ, Nomura, VSIP.

Công đoàn các cấp đã phối hợp với chuyên môn kiểm tra an toàn, vệ sinh lao động tại 640 doanh nghiệp, phát hiện và kiến nghị khắc phục 2.315 nguy cơ mất an toàn; 97% kiến nghị đã được khắc phục ngay trong tháng.

Nhân dịp này, Liên đoàn Lao động thành phố đã thăm, tặng 56 suất quà cho người lao động bị tai nạn lao động và thân nhân người bị nạn, mỗi suất trị giá 2 triệu đồng; tổng giá trị quà tặng hơn 150 triệu đồng (bao gồm quà của các doanh nghiệp).

Toàn thành phố hiện có 9.874 an toàn, vệ sinh viên tại 1.426 doanh nghiệp, trong đó 6.120 người là đoàn viên công đoàn. Phong trào "Xanh – Sạch – Đẹp, Bảo đảm an toàn vệ sinh lao động" quý II/2024 ghi nhận 415 sáng kiến được công nhận, làm lợi ước khoảng 23,6 tỷ đồng.

Theo Sở Lao động – Thương binh và Xã hội, 5 tháng đầu năm 2024, thành phố xảy ra 41 vụ tai nạn lao động làm 43 người bị nạn, trong đó 8 người chết; số vụ giảm 10,9% so với cùng kỳ. Liên đoàn phấn đấu đến năm 2025 có trên 90% doanh nghiệp có tổ chức công đoàn thành lập mạng lưới an toàn, vệ sinh viên.

Tổng đài tư vấn pháp luật: 1900.6183
"""

T5 = P("Trong tháng 5/2024", "2024-05-01", "2024-05-31")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")

FIGS = [
    F("Gần 210.000", "210.000", 210000, "count", "lượt người",
      "lượt người lao động tham gia Tháng hành động về an toàn, vệ sinh lao động", I(T5), approx="nearly"),
    F("tổ chức 1.180 cuộc", "1.180", 1180, "count", "cuộc", "cuộc tuyên truyền", T5),
    F("hút gần 210.000", "210.000", 210000, "count", "lượt người", "lượt người lao động tham gia tuyên truyền", T5,
      approx="nearly"),
    F("treo 3.450 băng rôn", "3.450", 3450, "count", "băng rôn, khẩu hiệu", "băng rôn, khẩu hiệu", T5),
    F("tại 640 doanh nghiệp", "640", 640, "count", "doanh nghiệp", "doanh nghiệp được kiểm tra an toàn, vệ sinh lao động",
      I(T5)),
    F("khắc phục 2.315 nguy cơ", "2.315", 2315, "count", "nguy cơ", "nguy cơ mất an toàn được kiến nghị khắc phục", I(T5)),
    F("97% kiến nghị", "97", 97, "percent", "%", "kiến nghị đã được khắc phục", I(T5)),
    F("tặng 56 suất", "56", 56, "count", "suất quà",
      "suất quà tặng người lao động bị tai nạn lao động và thân nhân người bị nạn", I(T5)),
    F("trị giá 2 triệu", "2", 2e6, "money", "đồng", "giá trị mỗi suất quà", I(T5)),
    F("hơn 150 triệu", "150", 150e6, "money", "đồng", "tổng giá trị quà tặng", I(T5), approx="over"),
    F("có 9.874 an toàn", "9.874", 9874, "count", "an toàn, vệ sinh viên", "an toàn, vệ sinh viên"),
    F("tại 1.426 doanh nghiệp", "1.426", 1426, "count", "doanh nghiệp", "doanh nghiệp có an toàn, vệ sinh viên"),
    F("trong đó 6.120 người", "6.120", 6120, "count", "người", "an toàn, vệ sinh viên là đoàn viên công đoàn",
      total=9874),
    F("nhận 415 sáng kiến", "415", 415, "count", "sáng kiến", "sáng kiến được công nhận", Q2),
    F("khoảng 23,6 tỷ", "23,6", 23.6e9, "money", "đồng", "giá trị làm lợi của sáng kiến", Q2,
      approx="about", status="estimate"),
    F("ra 41 vụ", "41", 41, "count", "vụ", "vụ tai nạn lao động", M5,
      change=CH("decrease", 10.9, "%", "cùng kỳ")),
    F("làm 43 người", "43", 43, "count", "người", "người bị nạn", M5),
    F("trong đó 8 người", "8", 8, "count", "người", "người chết", M5, total=43),
    F("trên 90%", "90", 90, "percent", "%",
      "doanh nghiệp có tổ chức công đoàn thành lập mạng lưới an toàn, vệ sinh viên",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

COMMENTS = [
    "Trade-union city site (LĐLĐ TP Hải Phòng), `Ngày cập nhật 28/06/2024`: Tháng hành động về ATVSLĐ 2024 (tháng 5/2024) —",
    "tuyên truyền, kiểm tra, quà cho người bị TNLĐ, mạng lưới an toàn vệ sinh viên, sáng kiến quý II, TNLĐ 5 tháng. Location Hải Phòng.",
    "Headline figure takes tháng 5/2024 inherited. `97% … ngay trong tháng`: percent figure, period inherited (the phrase is a deadline).",
    "`trong đó 6.120 người` -> part of 9.874 an toàn, vệ sinh viên (same thing), not of 1.426 doanh nghiệp. `mỗi suất trị giá 2 triệu`:",
    "money (đồng). `số vụ giảm 10,9%` -> change of 41 vụ across the người clauses. `ước khoảng 23,6 tỷ` -> estimate, about.",
    "Distractors: từ ngày 1/5 đến 31/5/2024 (a date range, not a figure range), Kế hoạch số 645/KH-LĐLĐ, tổng đài 1900.6183.",
]

if __name__ == "__main__":
    emit("p551-8", TEXT, COMMENTS, FIGS, published="2024-06-28", location="Hải Phòng")
