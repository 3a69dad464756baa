"""p1442-8: radio/TV site (Đài PT-TH Hà Tĩnh), charity bánh chưng wrapping for poor households."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ TĨNH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Ấm áp chương trình "Tết sum vầy - Gói bánh chưng yêu thương"
Cập nhật lúc 16:20, 20/01/2025
▶ Video (03:45)

(HTTV) - Sáng nay (20/1), Hội Chữ thập đỏ tỉnh Hà Tĩnh phối hợp với Tỉnh đoàn tổ chức chương trình "Tết sum vầy - Gói bánh chưng yêu thương" lần thứ 7 tại Quảng trường 26/3, TP Hà Tĩnh.

Hơn 600 đoàn viên, thanh niên, tình nguyện viên đã cùng gói 3.000 chiếc bánh chưng để tặng hộ nghèo, hộ cận nghèo, người già neo đơn tại 13 huyện, thị xã, thành phố. Để chuẩn bị, ban tổ chức đã tập kết 4,5 tấn gạo nếp, 1,2 tấn đậu xanh, 900 kg thịt lợn và khoảng 20.000 lá dong. Bánh được luộc trong 10 tiếng tại 40 nồi lớn.

Ban tổ chức trao 1.500 suất quà, mỗi suất gồm 2 chiếc bánh chưng và 500.000 đồng tiền mặt; tổng trị giá gần 1 tỷ đồng. Trong đó, nguồn xã hội hóa từ các doanh nghiệp, nhà hảo tâm chiếm 85%.

Bà Trần Thị Lan (78 tuổi, xã Thạch Hạ) xúc động: "Năm nào tôi cũng được nhận bánh, Tết này lại có thêm tiền mua sắm".

Từ năm 2019 đến nay, chương trình đã trao tổng cộng hơn 16.000 chiếc bánh chưng cho người dân khó khăn. Theo Ủy ban MTTQ tỉnh, dịp Tết Ất Tỵ 2025, toàn tỉnh dự kiến trao khoảng 95.000 suất quà cho các đối tượng chính sách, hộ nghèo với tổng kinh phí trên 48 tỷ đồng.

Thu Hà - Minh Quân

Địa chỉ: Số 100 đường Phan Đình Phùng, TP Hà Tĩnh | Đường dây nóng: 0239.3855.222
"""

SINCE = per("Từ năm 2019 đến nay", "2019-01-01", "2025-01-20")

FIGS = [
    fig("Hơn 600 đoàn viên", "600", 600, "count", "đoàn viên", approx="over",
        subject="đoàn viên, thanh niên, tình nguyện viên cùng gói bánh chưng"),
    fig("gói 3.000 chiếc", "3.000", 3000, "count", "chiếc", subject="bánh chưng gói để tặng hộ nghèo"),
    fig("tại 13 huyện", "13", 13, "count", "huyện, thị xã, thành phố", subject="huyện, thị xã, thành phố có người được tặng bánh"),
    fig("kết 4,5 tấn", "4,5", 4.5, "measure", "tấn", subject="gạo nếp ban tổ chức tập kết"),
    fig("1,2 tấn đậu", "1,2", 1.2, "measure", "tấn", subject="đậu xanh ban tổ chức tập kết"),
    fig("900 kg", "900", 900, "measure", "kg", subject="thịt lợn ban tổ chức tập kết"),
    fig("khoảng 20.000 lá", "20.000", 20000, "count", "lá dong", approx="about", subject="lá dong ban tổ chức tập kết"),
    fig("trong 10 tiếng", "10", 10, "measure", "tiếng", subject="thời gian luộc bánh"),
    fig("tại 40 nồi", "40", 40, "count", "nồi", subject="nồi lớn luộc bánh"),
    fig("trao 1.500 suất", "1.500", 1500, "count", "suất quà", subject="suất quà ban tổ chức trao"),
    fig("gồm 2 chiếc", "2", 2, "count", "chiếc", subject="bánh chưng mỗi suất quà"),
    fig("và 500.000 đồng", "500.000", 500000, "money", "đồng", subject="tiền mặt mỗi suất quà"),
    fig("gần 1 tỷ", "1", 1e9, "money", "đồng", approx="nearly", subject="tổng trị giá suất quà"),
    fig("chiếm 85%", "85", 85, "percent", "%", subject="nguồn xã hội hóa từ các doanh nghiệp, nhà hảo tâm"),
    fig("(78 tuổi", "78", 78, "measure", "tuổi", subject="tuổi bà Trần Thị Lan", optional=True),
    fig("hơn 16.000 chiếc", "16.000", 16000, "count", "chiếc", approx="over",
        subject="bánh chưng chương trình đã trao cho người dân khó khăn", period=SINCE),
    fig("khoảng 95.000 suất", "95.000", 95000, "count", "suất quà", approx="about", status="forecast",
        subject="suất quà toàn tỉnh trao cho các đối tượng chính sách, hộ nghèo"),
    fig("trên 48 tỷ", "48", 48e9, "money", "đồng", approx="over", status="forecast", subject="tổng kinh phí"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Hà Tĩnh): menu, 'Cập nhật lúc 16:20, 20/01/2025', video length '(03:45)', tag '(HTTV) -', byline, address footer.",
    "Distractors: '16:20', 'Video (03:45)', 'Sáng nay (20/1)', 'lần thứ 7', 'Quảng trường 26/3', 'Tết Ất Tỵ 2025', 'Số 100', hotline 0239.3855.222.",
    "All figures describe the province's programme or the province → Hà Tĩnh (TP Hà Tĩnh is only the venue).",
    "'mỗi suất gồm 2 chiếc bánh chưng và 500.000 đồng': contents of one gift (count 2 chiếc, money 500.000 đồng); 'gồm' follows no",
    "whole figure of the same thing, so no total. 'Trong đó, ... chiếm 85%' after the total value is a percent figure of its own.",
    "'(78 tuổi' (a person's age in a descriptor) is optional. 'dịp Tết Ất Tỵ 2025' is a season: no period given (unscored).",
    "'Từ năm 2019 đến nay' ends at the dateline (2025-01-20). 'dự kiến trao khoảng 95.000 suất ... trên 48 tỷ' → forecast.",
]

if __name__ == "__main__":
    write("p1442-8", TEXT, NOTES, FIGS, published="2025-01-20", location="Hà Tĩnh")
