"""p1348-1: province portal (Đà Nẵng): a used-battery collection day, points, 2024 targets."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử thành phố Đà Nẵng
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Ngày hội thu gom pin cũ thu về hơn 2,3 tấn

Cập nhật: 14/05/2024 08:35 | Lượt xem: 1.286

Từ 7 giờ 30 đến 11 giờ sáng 12/5, tại Công viên Biển Đông, Sở Tài nguyên và Môi trường phối hợp với Thành đoàn tổ chức Ngày hội thu gom pin cũ, rác thải điện tử lần thứ 3. Ban tổ chức đã tiếp nhận 2.350 kg pin, ắc quy cũ, tăng 38% so với ngày hội năm 2023, trong đó pin tiểu chiếm khoảng 65%; cùng 1.214 thiết bị điện, điện tử hỏng như điện thoại, máy tính, quạt, nồi cơm điện.

Ngày hội thu hút khoảng 4.500 đoàn viên, học sinh và người dân tham gia; 52 trường học và 17 doanh nghiệp mang pin cũ đến đổi quà. Ban tổ chức đã trao 1.800 phần quà, gồm 650 cây xanh và 1.150 túi vải.

Theo Sở Tài nguyên và Môi trường, từ năm 2021 đến nay, thành phố đã thu gom gần 9,6 tấn pin cũ và 4.870 thiết bị điện tử thải; toàn bộ được chuyển cho Công ty TNHH Môi trường Hòa Khánh Xanh xử lý theo quy định. Hiện Đà Nẵng duy trì 126 điểm thu gom pin cũ cố định tại trụ sở UBND phường, trường học và siêu thị, trong đó quận Hải Châu có 31 điểm.

Năm 2024, thành phố phấn đấu nâng số điểm thu gom lên 150 điểm và thu gom ít nhất 5 tấn pin cũ; mỗi quận, huyện tổ chức tối thiểu hai đợt thu gom tập trung.

Tin liên quan:
- Đà Nẵng ra quân Ngày Chủ nhật xanh lần thứ 12
- Hướng dẫn phân loại chất thải rắn tại nguồn theo Quyết định số 2143/QĐ-UBND
"""

DAY = P("sáng 12/5", "2024-05-12", "2024-05-12", inherited=True)
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-05-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu về hơn 2,3 tấn", "2,3", 2.3, "measure", "tấn", approx="over",
      subject="pin cũ ngày hội thu gom thu về"),
    F("tiếp nhận 2.350 kg", "2.350", 2350, "measure", "kg",
      change=C("increase", 38, "%", "ngày hội năm 2023"),
      subject="pin, ắc quy cũ ban tổ chức tiếp nhận", period=DAY),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", approx="about",
      subject="tỷ trọng pin tiểu trong pin, ắc quy cũ tiếp nhận", period=DAY),
    F("cùng 1.214 thiết bị", "1.214", 1214, "count", "thiết bị",
      subject="thiết bị điện, điện tử hỏng ban tổ chức tiếp nhận", period=DAY),
    F("khoảng 4.500 đoàn viên", "4.500", 4500, "count", "đoàn viên, học sinh và người dân", approx="about",
      subject="đoàn viên, học sinh và người dân tham gia ngày hội", period=DAY),
    F("52 trường học", "52", 52, "count", "trường học",
      subject="trường học mang pin cũ đến đổi quà", period=DAY),
    F("17 doanh nghiệp", "17", 17, "count", "doanh nghiệp",
      subject="doanh nghiệp mang pin cũ đến đổi quà", period=DAY),
    F("trao 1.800 phần quà", "1.800", 1800, "count", "phần quà",
      subject="phần quà ban tổ chức trao", period=DAY),
    F("gồm 650 cây xanh", "650", 650, "count", "cây xanh", total=1800,
      subject="cây xanh trao tặng", period=DAY),
    F("1.150 túi vải", "1.150", 1150, "count", "túi vải", total=1800,
      subject="túi vải trao tặng", period=DAY),
    F("gần 9,6 tấn", "9,6", 9.6, "measure", "tấn", approx="nearly",
      subject="pin cũ thành phố thu gom", period=SINCE),
    F("4.870 thiết bị", "4.870", 4870, "count", "thiết bị",
      subject="thiết bị điện tử thải thành phố thu gom", period=SINCE),
    F("duy trì 126 điểm", "126", 126, "count", "điểm",
      subject="điểm thu gom pin cũ cố định"),
    F("có 31 điểm", "31", 31, "count", "điểm", total=126,
      subject="điểm thu gom pin cũ cố định", location="Hải Châu"),
    F("lên 150 điểm", "150", 150, "count", "điểm", status="target",
      subject="số điểm thu gom", period=Y24),
    F("ít nhất 5 tấn", "5", 5, "measure", "tấn", approx="at_least", status="target",
      subject="pin cũ thu gom", period=Y24),
    F("tối thiểu hai đợt", "hai", 2, "count", "đợt", approx="at_least", status="target",
      subject="đợt thu gom tập trung mỗi quận, huyện tổ chức", period=Y24),
]

NOTES = [
    "Province portal (Đà Nẵng): breadcrumb, 'Cập nhật: 14/05/2024 08:35 | Lượt xem: 1.286', related links.",
    "Distractors: 08:35, Lượt xem 1.286, '7 giờ 30 đến 11 giờ' (times of day), 'sáng 12/5', 'lần thứ 3', 'lần thứ 12',",
    "'năm 2023' as a baseline, Quyết định số 2143/QĐ-UBND.",
    "Event figures take the day 'sáng 12/5' (2024, from the dateline) from the first sentence: inherited, not scored.",
    "'trong đó pin tiểu chiếm khoảng 65%' is a percent figure of its own (a share with no amount), no total.",
    "'1.800 phần quà, gồm 650 cây xanh và 1.150 túi vải': the parts add up to the whole, total 1800.",
    "'từ năm 2021 đến nay' ends at the dateline 2024-05-14. '126 điểm … trong đó quận Hải Châu có 31 điểm': total 126, location Hải Châu.",
    "'Năm 2024, thành phố phấn đấu …; mỗi quận, huyện tổ chức tối thiểu hai đợt' - the target cue governs the ';' chain.",
]

if __name__ == "__main__":
    write("p1348-1", TEXT, NOTES, FIGS, published="2024-05-14", location="Đà Nẵng")
