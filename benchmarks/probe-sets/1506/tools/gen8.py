"""p1506-8: radio/TV site (Đài PT-TH Nghệ An): counterfeit dishwashing liquid seized; market surveillance 7 months."""
from lib import fig, per, inh, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Thu giữ hơn 8.000 chai nước rửa chén, nước lau sàn giả nhãn hiệu

Cập nhật 14:25, Thứ Tư, 14/08/2024

Video: 02:35

NTV - Ngày 13/8, Đội Quản lý thị trường số 5 phối hợp với Công an huyện Nghi Lộc kiểm tra một kho hàng tại xã Nghi Phong, phát hiện 8.240 chai nước rửa chén, nước lau sàn các loại mang nhãn hiệu của 3 doanh nghiệp lớn nhưng có dấu hiệu giả mạo.

Theo lời khai, chủ kho là ông H.V.T (SN 1985, trú tại TP Vinh) nhập hàng từ một cơ sở ở tỉnh ngoài với giá chưa đến 12.000 đồng/chai, rồi bán ra thị trường với giá 25.000-30.000 đồng/chai, thấp hơn khoảng 40% so với hàng chính hãng. Tổng trị giá lô hàng ước khoảng 215 triệu đồng. Trung bình mỗi tuần, kho xuất đi từ 600 đến 800 chai cho các đại lý ở huyện Nghi Lộc, Diễn Châu và thị xã Cửa Lò.

Theo Cục Quản lý thị trường tỉnh Nghệ An, 7 tháng đầu năm 2024, lực lượng chức năng đã kiểm tra 126 vụ việc liên quan đến hóa mỹ phẩm, chất tẩy rửa, xử lý 98 vụ vi phạm, tăng 15 vụ so với cùng kỳ năm 2023; phạt tiền gần 640 triệu đồng, tịch thu hàng hóa trị giá trên 1,3 tỷ đồng. Trong đó, hàng giả mạo nhãn hiệu chiếm 41% số vụ vi phạm.

Ông Phan Đức Long, Phó Cục trưởng cho biết, từ nay đến cuối năm, lực lượng quản lý thị trường sẽ tập trung kiểm tra các chợ đầu mối, phấn đấu kiểm tra ít nhất 150 cơ sở kinh doanh hóa mỹ phẩm, chất tẩy rửa. Người tiêu dùng phát hiện hàng giả có thể phản ánh qua đường dây nóng 0238.3599.112.

BTV: Hải Yến - Quang Minh
Lượt xem: 3.105 | Chia sẻ | In bài
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
REST = per("từ nay đến cuối năm", "2024-08-14", "2024-12-31")
NL = "Nghi Lộc"

FIGS = [
    fig("hơn 8.000 chai", "8.000", 8000, "count", "chai", approx="over",
        subject="nước rửa chén, nước lau sàn giả nhãn hiệu bị thu giữ", location=NL),
    fig("phát hiện 8.240 chai", "8.240", 8240, "count", "chai",
        subject="nước rửa chén, nước lau sàn các loại có dấu hiệu giả mạo", location=NL),
    fig("của 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp lớn bị giả mạo nhãn hiệu", location=NL),
    fig("chưa đến 12.000", "12.000", 12000, "money", "đồng/chai", approx="under",
        subject="giá nhập hàng", location=NL),
    fig("giá 25.000-30.000", "25.000", 25000, "money", "đồng/chai", value_max=30000,
        change=chg("decrease", 40, "%", "hàng chính hãng", approx="about"),
        subject="giá bán ra thị trường", location=NL),
    fig("khoảng 215 triệu", "215", 215e6, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá lô hàng", location=NL),
    fig("từ 600 đến 800 chai", "600", 600, "measure", "chai/tuần", value_max=800,
        subject="hàng kho xuất đi trung bình mỗi tuần", location=NL),
    fig("kiểm tra 126 vụ", "126", 126, "count", "vụ việc",
        subject="vụ việc liên quan đến hóa mỹ phẩm, chất tẩy rửa được kiểm tra", period=M7),
    fig("xử lý 98 vụ", "98", 98, "count", "vụ", change=chg("increase", 15, "vụ", "cùng kỳ năm 2023"),
        subject="vụ vi phạm được xử lý", period=M7),
    fig("gần 640 triệu", "640", 640e6, "money", "đồng", approx="nearly", subject="phạt tiền", period=M7),
    fig("trên 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="over",
        subject="trị giá hàng hóa tịch thu", period=M7),
    fig("chiếm 41%", "41", 41, "percent", "%", subject="tỷ lệ hàng giả mạo nhãn hiệu trong số vụ vi phạm",
        period=inh(M7)),
    fig("ít nhất 150 cơ sở", "150", 150, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kinh doanh hóa mỹ phẩm, chất tẩy rửa được kiểm tra", period=REST),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An, NTV): 'Cập nhật 14:25, Thứ Tư, 14/08/2024', 'Video: 02:35', tag 'NTV -', 'BTV:' credit, view counter.",
    "Distractors: 14:25, 'Video: 02:35', 'Ngày 13/8', 'Đội Quản lý thị trường số 5', 'SN 1985', phone 0238.3599.112, 'Lượt xem: 3.105'.",
    "The seizure in huyện Nghi Lộc: its figures located in Nghi Lộc (the warehouse and its trade). The Cục's 7-month figures: Nghệ An.",
    "'thấp hơn khoảng 40% so với hàng chính hãng' → change (decrease, 40, about) of the selling price range before it.",
    "'Trung bình mỗi tuần ... từ 600 đến 800 chai' → a rate: measure, chai/tuần. 'chưa đến 12.000 đồng/chai' → under.",
    "'kiểm tra 126 vụ việc ..., xử lý 98 vụ vi phạm' has no part-of cue: no total. 'Trong đó ... chiếm 41% số vụ vi phạm' → a percent figure.",
    "'từ nay đến cuối năm ... phấn đấu ... ít nhất 150 cơ sở': target; period from the dateline (14/08/2024) to 2024-12-31.",
]

if __name__ == "__main__":
    write("p1506-8", TEXT, NOTES, FIGS, published="2024-08-14", location="Nghệ An")
