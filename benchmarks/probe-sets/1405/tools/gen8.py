"""p1405-8: radio/TV site (Đài PT-TH Hải Dương, THDT): returned trainees, jobs, a workshop in Cẩm Giàng."""
from lib import F, P, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI DƯƠNG
Thời sự | Kinh tế | Xã hội | Video | Podcast

Thực tập sinh về nước: "vốn" tay nghề và tiếng Nhật

Cập nhật lúc 19:45, 22/08/2024

THDT - Từ đầu năm đến nay, Hải Dương có khoảng 1.050 thực tập sinh hoàn thành hợp đồng tại Nhật Bản trở về địa phương. Theo khảo sát của Sở Lao động - Thương binh và Xã hội, trong số 640 lao động về nước được hỏi, 412 người đã có việc làm, trong đó 187 người làm cho doanh nghiệp có vốn đầu tư Nhật Bản.

Anh Phạm Văn Đức ở xã Cẩm Hưng, huyện Cẩm Giàng là một ví dụ. Từng làm thợ hàn tại Nhật Bản, năm 2021 anh về nước, dùng 1,2 tỷ đồng tích lũy mở xưởng cơ khí. Hiện xưởng có 14 công nhân, doanh thu năm 2023 đạt gần 4 tỷ đồng, thu nhập của công nhân 9-10 triệu đồng/người/tháng.

Ngày 20/8, tại Trung tâm Dịch vụ việc làm tỉnh (số 1 đường Thanh Niên, TP Hải Dương) diễn ra phiên giao dịch việc làm dành cho lao động về nước với 26 doanh nghiệp tham gia, gồm 11 doanh nghiệp có vốn Nhật Bản và 15 doanh nghiệp trong nước, tuyển dụng hơn 900 vị trí; mức lương từ 12 đến 25 triệu đồng/tháng cho người biết tiếng Nhật. Ông Nguyễn Hữu Thành, Phó Giám đốc Trung tâm, cho biết tỷ lệ lao động về nước tìm được việc qua các phiên giao dịch năm 2023 đạt 64,3%.

Năm 2024, tỉnh phấn đấu hỗ trợ giới thiệu việc làm cho ít nhất 70% lao động về nước.

Phương Linh - Minh Hải/THDT

Tin cùng chuyên mục:
- Bản tin thời sự 19h ngày 21/8/2024
- Hải Dương: thanh niên ra quân Chiến dịch hè tình nguyện năm 2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-22")
Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CG = "Cẩm Giàng"

FIGS = [
    F("khoảng 1.050 thực tập sinh", "1.050", 1050, "count", "thực tập sinh", approx="about",
      subject="thực tập sinh hoàn thành hợp đồng tại Nhật Bản trở về địa phương", period=YTD),
    F("số 640 lao động", "640", 640, "count", "lao động", subject="lao động về nước được hỏi"),
    F("412 người", "412", 412, "count", "người", total=640, subject="người đã có việc làm"),
    F("đó 187 người", "187", 187, "count", "người", total=412,
      subject="người làm cho doanh nghiệp có vốn đầu tư Nhật Bản"),
    F("dùng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", subject="tiền anh Đức tích lũy dùng mở xưởng cơ khí",
      period=Y21, location=CG),
    F("có 14 công nhân", "14", 14, "count", "công nhân", subject="công nhân của xưởng", location=CG),
    F("gần 4 tỷ", "4", 4e9, "money", "đồng", approx="nearly", subject="doanh thu của xưởng", period=Y23,
      location=CG),
    F("nhân 9-10 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=10e6,
      subject="thu nhập của công nhân", location=CG),
    F("với 26 doanh nghiệp", "26", 26, "count", "doanh nghiệp", subject="doanh nghiệp tham gia phiên giao dịch việc làm"),
    F("gồm 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=26, subject="doanh nghiệp có vốn Nhật Bản"),
    F("và 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", total=26, subject="doanh nghiệp trong nước"),
    F("hơn 900 vị trí", "900", 900, "count", "vị trí", approx="over", subject="vị trí tuyển dụng"),
    F("từ 12 đến 25 triệu", "12", 12e6, "money", "đồng/tháng", value_max=25e6,
      subject="mức lương cho người biết tiếng Nhật"),
    F("đạt 64,3%", "64,3", 64.3, "percent", "%",
      subject="tỷ lệ lao động về nước tìm được việc qua các phiên giao dịch", period=Y23),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="lao động về nước được hỗ trợ giới thiệu việc làm", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hải Dương): menu, 'Cập nhật lúc 19:45, 22/08/2024', 'THDT -' tag, byline '…/THDT', related items.",
    "Distractors: 19:45, 'Ngày 20/8', 'số 1 đường Thanh Niên' (address), 'Bản tin thời sự 19h ngày 21/8/2024', 'năm 2024' in a link title.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-08-22. 'trong số 640 ..., 412 người' → total 640; 'trong đó 187' → total 412.",
    "Anh Đức's workshop in huyện Cẩm Giàng: location Cẩm Giàng for its 4 figures; 'Hiện' and the wage give no period.",
    "'26 doanh nghiệp ..., gồm 11 ... và 15 ...' → both parts take total 26 (they add up).",
    "'Ngày 20/8' (a single day, no year) is not given as a period to the job-fair figures.",
]

if __name__ == "__main__":
    write("p1405-8", TEXT, NOTES, FIGS, published="2024-08-22", location="Hải Dương")
