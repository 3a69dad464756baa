"""p1133-2: district portal (quận Ninh Kiều, Cần Thơ): a union of ride-hailing drivers, a driver's day, violations."""
from lib import F, P, I, C, write

TEXT = """UBND QUẬN NINH KIỀU - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Lao động - Việc làm
Thứ Ba, 18/06/2024 - 15:05

Ra mắt Nghiệp đoàn tài xế công nghệ quận Ninh Kiều

Sáng 17/6, Liên đoàn Lao động quận Ninh Kiều tổ chức ra mắt Nghiệp đoàn tài xế công nghệ với 156 đoàn viên, trong đó có 38 đoàn viên nữ. Ban chấp hành lâm thời gồm bảy thành viên, do anh Trần Quốc Bảo, tài xế của hãng Xanh SM, làm Chủ tịch.

Theo Liên đoàn Lao động quận, toàn quận hiện có khoảng 4.200 tài xế xe ôm công nghệ thường xuyên hoạt động, chủ yếu ở các phường Tân An, An Hòa, Xuân Khánh. Phần lớn họ làm việc trên 10 giờ/ngày và chưa tham gia bảo hiểm xã hội.

Anh Lê Văn Tâm (43 tuổi, ngụ phường An Khánh) đã chạy xe ôm công nghệ được 5 năm. Bình quân mỗi ngày anh nhận khoảng 18 cuốc, doanh thu chừng 450.000 đồng; sau khi nền tảng trừ 20% chiết khấu và trừ tiền xăng, anh còn khoảng 300.000 đồng/ngày. "Giờ cao điểm chiều tối số cuốc gấp đôi buổi trưa, nhưng kẹt xe nhiều", anh Tâm nói.

Quý I/2024, Đội Cảnh sát giao thông - trật tự Công an quận lập biên bản 126 trường hợp tài xế xe công nghệ vi phạm, phạt tiền hơn 187 triệu đồng, tạm giữ 14 phương tiện. Từ đầu năm đến nay, trên địa bàn quận xảy ra 3 vụ tai nạn giao thông có liên quan đến xe ôm công nghệ, làm bị thương 4 người.

Dịp này, Nghiệp đoàn trao 20 suất quà, mỗi suất 1 triệu đồng, cho đoàn viên có hoàn cảnh khó khăn và tặng 156 mũ bảo hiểm đạt chuẩn. Năm 2024, Nghiệp đoàn phấn đấu phát triển thêm ít nhất 100 đoàn viên, 100% đoàn viên được tập huấn kỹ năng lái xe an toàn.

Thu Ngân - Trung tâm VH-TT&TT quận Ninh Kiều
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("với 156 đoàn viên", "156", 156, "count", "đoàn viên",
      subject="đoàn viên Nghiệp đoàn tài xế công nghệ"),
    F("có 38 đoàn viên", "38", 38, "count", "đoàn viên", total=156,
      subject="đoàn viên nữ Nghiệp đoàn tài xế công nghệ"),
    F("gồm bảy thành viên", "bảy", 7, "count", "thành viên",
      subject="thành viên Ban chấp hành lâm thời Nghiệp đoàn"),
    F("khoảng 4.200 tài xế", "4.200", 4200, "count", "tài xế", approx="about",
      subject="tài xế xe ôm công nghệ thường xuyên hoạt động"),
    F("trên 10 giờ/ngày", "10", 10, "measure", "giờ/ngày", approx="over",
      subject="thời gian làm việc của phần lớn tài xế xe ôm công nghệ"),
    F("43 tuổi", "43", 43, "measure", "tuổi", optional=True, subject="tuổi anh Lê Văn Tâm"),
    F("được 5 năm", "5", 5, "measure", "năm", optional=True, subject="thời gian anh Tâm chạy xe ôm công nghệ"),
    F("khoảng 18 cuốc", "18", 18, "measure", "cuốc/ngày", approx="about",
      subject="cuốc xe anh Tâm nhận bình quân mỗi ngày"),
    F("chừng 450.000 đồng", "450.000", 450000, "money", "đồng/ngày", approx="about",
      subject="doanh thu mỗi ngày của anh Tâm"),
    F("trừ 20% chiết khấu", "20", 20, "percent", "%", subject="chiết khấu nền tảng trừ"),
    F("khoảng 300.000 đồng/ngày", "300.000", 300000, "money", "đồng/ngày", approx="about",
      subject="thu nhập anh Tâm còn lại sau khi trừ chiết khấu và tiền xăng"),
    F("gấp đôi", "đôi", 2, "multiple", "lần",
      subject="số cuốc giờ cao điểm chiều tối so với buổi trưa"),
    F("lập biên bản 126 trường hợp", "126", 126, "count", "trường hợp",
      subject="trường hợp tài xế xe công nghệ vi phạm bị lập biên bản", period=Q1),
    F("hơn 187 triệu", "187", 187000000, "money", "đồng", approx="over",
      subject="tiền phạt tài xế xe công nghệ vi phạm", period=Q1),
    F("tạm giữ 14 phương tiện", "14", 14, "count", "phương tiện",
      subject="phương tiện bị tạm giữ", period=Q1),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ",
      subject="vụ tai nạn giao thông có liên quan đến xe ôm công nghệ", period=YTD),
    F("bị thương 4 người", "4", 4, "count", "người",
      subject="người bị thương do tai nạn giao thông có liên quan đến xe ôm công nghệ", period=YTD),
    F("trao 20 suất", "20", 20, "count", "suất quà",
      subject="suất quà trao cho đoàn viên có hoàn cảnh khó khăn"),
    F("mỗi suất 1 triệu", "1", 1000000, "money", "đồng/suất", subject="giá trị mỗi suất quà"),
    F("tặng 156 mũ", "156", 156, "count", "mũ bảo hiểm", subject="mũ bảo hiểm đạt chuẩn tặng đoàn viên"),
    F("ít nhất 100 đoàn viên", "100", 100, "count", "đoàn viên", approx="at_least", status="target",
      subject="đoàn viên Nghiệp đoàn phát triển thêm", period=Y24),
    F("100% đoàn viên", "100", 100, "percent", "%", status="target",
      subject="đoàn viên được tập huấn kỹ năng lái xe an toàn", period=Y24),
]

NOTES = [
    "District portal (quận Ninh Kiều, TP Cần Thơ): 'Thứ Ba, 18/06/2024 - 15:05' (published), byline at the end.",
    "Default location Ninh Kiều (a district portal; the wards named are inside it).",
    "Distractors: 'Sáng 17/6' (event date, not an as-of date: the 156 members get no period), time 15:05, 'VH-TT&TT'.",
    "Number words: 'bảy thành viên' (7), 'gấp đôi' (multiple 2 as the claim, in a quote).",
    "'Mỗi ngày ... 18 cuốc' and the day's revenue are per-day rates (unit .../ngày). Age and years of driving are optional.",
    "'Từ đầu năm đến nay' ends at the published date.",
]

if __name__ == "__main__":
    write("p1133-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Ninh Kiều")
