"""p1542-8: radio/TV site (Đài PT-TH Sóc Trăng, STV): saltwater intrusion, bottled water handed out, prices."""
from lib import fig, per, chg, write

TEXT = """STV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Hạn mặn: Trao hơn 12.000 bình nước uống cho người dân vùng ven biển

Cập nhật lúc 16:20, ngày 12/3/2024

(STV) - Mặn xâm nhập sâu khiến nhiều hộ dân ở huyện Trần Đề và Cù Lao Dung thiếu nước sinh hoạt. Từ ngày 1/3 đến nay, các cấp, ngành và nhà hảo tâm đã trao hơn 12.000 bình nước uống loại 20 lít cùng ba chục nghìn chai nước suối cho người dân.

Theo Sở Nông nghiệp và Phát triển nông thôn, đến ngày 10/3, toàn tỉnh có khoảng 4.600 hộ thiếu nước sinh hoạt, tăng gần 1.300 hộ so với tuần trước, trong đó huyện Trần Đề 2.150 hộ, Cù Lao Dung 1.380 hộ. Độ mặn đo được trên sông Hậu tại trạm Đại Ngãi lên tới 12,5 g/l, cao hơn 3,1 g/l so với cùng kỳ năm 2020.

Do nhu cầu tăng cao, giá nước bình 20 lít tại các xã ven biển tăng từ 10.000 lên 15.000-18.000 đồng/bình. Sở Công Thương đã làm việc với 14 cơ sở sản xuất nước đóng bình trên địa bàn, đề nghị giữ giá bán và ưu tiên cung ứng cho vùng hạn mặn; tổng công suất của các cơ sở khoảng 260.000 lít/ngày.

Dự kiến đến cuối tháng 4, tỉnh sẽ tiếp nhận thêm khoảng 5.000 bình nước và 2 xe bồn chở nước ngọt do Bộ Tư lệnh Vùng 4 Hải quân hỗ trợ.

Video: Người dân Trần Đề đón nhận nước ngọt (03:25)

Hữu Phước - Minh Tâm
Lượt xem: 964
"""

SINCE = per("Từ ngày 1/3 đến nay", "2024-03-01", "2024-03-12")
ASOF = per("đến ngày 10/3", None, "2024-03-10")
APR = per("đến cuối tháng 4", None, "2024-04-30")

FIGS = [
    fig("Trao hơn 12.000", "12.000", 12000, "count", "bình", approx="over",
        subject="bình nước uống trao cho người dân vùng ven biển"),
    fig("đã trao hơn 12.000", "12.000", 12000, "count", "bình", approx="over",
        subject="bình nước uống các cấp, ngành và nhà hảo tâm đã trao", period=SINCE),
    fig("loại 20 lít", "20", 20, "measure", "lít", optional=True, subject="dung tích bình"),
    fig("ba chục nghìn chai", "ba chục", 30000, "count", "chai",
        subject="chai nước suối trao cho người dân", period=SINCE),
    fig("khoảng 4.600 hộ", "4.600", 4600, "count", "hộ", approx="about",
        change=chg("increase", 1300, "hộ", "tuần trước", approx="nearly"),
        subject="hộ thiếu nước sinh hoạt", period=ASOF),
    fig("Trần Đề 2.150 hộ", "2.150", 2150, "count", "hộ", total=4600,
        subject="hộ thiếu nước sinh hoạt", period=ASOF, location="Trần Đề"),
    fig("Cù Lao Dung 1.380 hộ", "1.380", 1380, "count", "hộ", total=4600,
        subject="hộ thiếu nước sinh hoạt", period=ASOF, location="Cù Lao Dung"),
    fig("lên tới 12,5 g/l", "12,5", 12.5, "measure", "g/l",
        change=chg("increase", 3.1, "g/l", "cùng kỳ năm 2020"),
        subject="độ mặn trên sông Hậu tại trạm Đại Ngãi"),
    fig("nước bình 20 lít", "20", 20, "measure", "lít", optional=True, subject="dung tích bình"),
    fig("từ 10.000 lên", "10.000", 10000, "money", "đồng/bình", optional=True,
        subject="giá nước bình 20 lít trước đó"),
    fig("lên 15.000-18.000", "15.000", 15000, "money", "đồng/bình", value_max=18000,
        subject="giá nước bình 20 lít tại các xã ven biển"),
    fig("với 14 cơ sở", "14", 14, "count", "cơ sở",
        subject="cơ sở sản xuất nước đóng bình Sở Công Thương đã làm việc"),
    fig("khoảng 260.000 lít/ngày", "260.000", 260000, "measure", "lít/ngày", approx="about",
        subject="tổng công suất của các cơ sở"),
    fig("thêm khoảng 5.000 bình", "5.000", 5000, "count", "bình", approx="about", status="forecast",
        subject="bình nước tỉnh tiếp nhận thêm", period=APR),
    fig("và 2 xe bồn", "2", 2, "count", "xe bồn", status="forecast",
        subject="xe bồn chở nước ngọt", period=APR),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Sóc Trăng): station banner, menu, headline figure, 'Cập nhật lúc 16:20, ngày 12/3/2024', tag '(STV) -', video line, bylines, 'Lượt xem: 964'.",
    "Distractors: 16:20, 'Bộ Tư lệnh Vùng 4 Hải quân', video duration '(03:25)', 'Lượt xem: 964', dates 'ngày 1/3', 'ngày 10/3', baseline 'cùng kỳ năm 2020'.",
    "Headline 'Trao hơn 12.000 bình' is its own figure (no period in the headline). 'ba chục nghìn chai' = 30 × 1.000 = 30.000.",
    "'Từ ngày 1/3 đến nay' ends at the dateline; 'đến ngày 10/3' is an as-of date (year from the dateline); 'đến cuối tháng 4' ends 2024-04-30.",
    "'trong đó huyện Trần Đề 2.150 hộ, Cù Lao Dung 1.380 hộ' are parts of the 4.600 hộ (the rest in other districts): total 4600, location the district.",
    "'tăng từ 10.000 lên 15.000-18.000 đồng/bình': the new range is the figure; the old price is optional. Container sizes optional. 'Dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1542-8", TEXT, NOTES, FIGS, published="2024-03-12", location="Sóc Trăng")
