"""p707-6: national press — silicosis among stone workers in craft villages."""
from lib import F, P, I, CH, TG, emit

TEXT = """Sức khỏe
Thứ năm, 25/4/2024, 06:00 (GMT+7)

Thợ đá làng nghề mắc bụi phổi silic mà không biết

Bụi phổi silic chiếm gần 75% số ca bệnh nghề nghiệp được giám định, nhưng phần lớn thợ đá ở làng nghề chưa từng được khám phát hiện bệnh.

Anh Hoàng Văn Tú, 46 tuổi, ở Thanh Hóa, làm nghề đục đá hơn 20 năm. Đầu tháng 4, anh nhập Bệnh viện Phổi Trung ương trong tình trạng khó thở, phim chụp cho thấy phổi đã bị xơ hóa.

Theo Bệnh viện Phổi Trung ương, mỗi năm bệnh viện tiếp nhận khoảng 350 ca bụi phổi silic, trong đó hơn 60% là lao động tự do tại các làng nghề. Năm 2023, bệnh viện điều trị 412 ca, tăng 28 ca so với năm 2022.

Khảo sát của Viện Sức khỏe nghề nghiệp và môi trường tại 6 làng nghề đá ở Thanh Hóa, Ninh Bình, Đà Nẵng cho thấy nồng độ bụi silic tại nơi làm việc vượt từ 3 đến 12 lần giới hạn cho phép; từ 30 đến 40% thợ đá có tổn thương phổi trên phim X-quang. Trong 1.250 người được khám, có 386 người nghi mắc bụi phổi silic.

PGS.TS Lê Thị Thanh Xuân cho biết cả nước hiện có khoảng 4,8 triệu lao động làm việc trong môi trường có nguy cơ mắc bệnh nghề nghiệp, song từ năm 1976 đến nay mới có hơn 38.000 người được giám định bệnh nghề nghiệp.

Chi phí điều trị một ca bụi phổi silic giai đoạn nặng từ 150 đến 200 triệu đồng mỗi năm, trong khi thu nhập của thợ đá chỉ khoảng 7-9 triệu đồng/tháng.

Minh Anh
"""

FIGS = [
    F("gần 75%", "75", 75, "percent", "%",
      "bụi phổi silic trong số ca bệnh nghề nghiệp được giám định", approx="nearly"),
    F("46 tuổi", "46", 46, "measure", "tuổi", "tuổi của anh Hoàng Văn Tú",
      location="Thanh Hóa", optional=True),
    F("hơn 20 năm", "20", 20, "measure", "năm", "thời gian làm nghề đục đá",
      approx="over", location="Thanh Hóa", optional=True),
    F("khoảng 350 ca", "350", 350, "count", "ca",
      "ca bụi phổi silic Bệnh viện Phổi Trung ương tiếp nhận mỗi năm", approx="about"),
    F("hơn 60%", "60", 60, "percent", "%",
      "lao động tự do tại các làng nghề trong số ca bụi phổi silic", approx="over"),
    F("điều trị 412 ca", "412", 412, "count", "ca",
      "ca bụi phổi silic bệnh viện điều trị", P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 28, "ca", "năm 2022")),
    F("tại 6 làng nghề", "6", 6, "count", "làng nghề",
      "làng nghề đá được Viện Sức khỏe nghề nghiệp và môi trường khảo sát"),
    F("từ 3 đến 12 lần", "3", 3, "multiple", "lần",
      "nồng độ bụi silic tại nơi làm việc so với giới hạn cho phép", value_max=12),
    F("từ 30 đến 40%", "30", 30, "percent", "%",
      "thợ đá có tổn thương phổi trên phim X-quang", value_max=40),
    F("Trong 1.250 người", "1.250", 1250, "count", "người",
      "người được khám"),
    F("có 386 người", "386", 386, "count", "người",
      "người nghi mắc bụi phổi silic", total=1250),
    F("khoảng 4,8 triệu lao động", "4,8", 4800000, "count", "lao động",
      "lao động làm việc trong môi trường có nguy cơ mắc bệnh nghề nghiệp", approx="about"),
    F("hơn 38.000 người", "38.000", 38000, "count", "người",
      "người được giám định bệnh nghề nghiệp",
      P("từ năm 1976 đến nay", "1976-01-01", "2024-04-25"), approx="over"),
    F("từ 150 đến 200 triệu đồng", "150", 150000000, "money", "đồng",
      "chi phí điều trị một ca bụi phổi silic giai đoạn nặng mỗi năm", value_max=200000000),
    F("khoảng 7-9 triệu đồng/tháng", "7", 7000000, "money", "đồng/tháng",
      "thu nhập của thợ đá", value_max=9000000, approx="about"),
]

COMMENTS = [
    "National press (health section): silicosis among stone workers, 'Thứ năm, 25/4/2024, 06:00 (GMT+7)' = published. Location Việt Nam",
    "(national figures; the national lung hospital's patients are national; the three provinces after '6 làng nghề' do not make that survey provincial).",
    "Age '46 tuổi' and '(làm nghề) hơn 20 năm' of a named worker are optional (descriptive, in the manner of the shared age thresholds).",
    "'khoảng 350 ca …, trong đó hơn 60% là lao động tự do' — the percent describes a part, not a share of the count: a percent figure of its own.",
    "'vượt từ 3 đến 12 lần giới hạn cho phép' is the claim itself: multiple 3–12. 'Trong 1.250 người …, có 386 người' = total 1250.",
    "'từ năm 1976 đến nay' = 1976-01-01 to the dateline. 'Đầu tháng 4', 'X-quang', 'PGS.TS' are not figures.",
]

if __name__ == "__main__":
    emit("p707-6", TEXT, COMMENTS, FIGS, published="2024-04-25", location="Việt Nam")
