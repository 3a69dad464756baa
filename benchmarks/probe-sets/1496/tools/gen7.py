"""p1496-7: news agency (TTXVN): a cooperative in huyện Con Cuông (Nghệ An) making spoons, trays from acacia wood."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Kinh tế | Xã hội | Địa phương | Ảnh | Video

Nghệ An: Muỗng, khay gỗ keo của hợp tác xã miền núi sang châu Âu
15/03/2024 14:05

Con Cuông (TTXVN) - Từ gỗ keo rừng trồng, Hợp tác xã Mộc Khe Choang ở xã Chi Khê, huyện Con Cuông (Nghệ An) sản xuất muỗng, khay, thớt gỗ xuất khẩu sang Đức, Pháp và Hà Lan.

Hợp tác xã được thành lập năm 2019 với 7 thành viên, nay có 32 thành viên và thu hút gần 60 lao động, trong đó 41 người là đồng bào dân tộc Thái. Thu nhập của người lao động từ 6 đến 8 triệu đồng/tháng.

Năm 2023, hợp tác xã xuất khẩu 14 container sản phẩm, doanh thu đạt 7,6 tỷ đồng, tăng 35% so với năm 2022; lợi nhuận khoảng 900 triệu đồng. Mỗi ngày, xưởng sử dụng từ 8 đến 10 m3 gỗ keo, thu mua của người dân với giá 1,4-1,6 triệu đồng/tấn, giúp gần 300 hộ trồng rừng có đầu ra ổn định.

Giám đốc hợp tác xã Lô Văn Thiết cho biết, năm nay đơn vị đặt mục tiêu doanh thu 10 tỷ đồng và dự kiến xây thêm một lò sấy gỗ công suất 15 m3/mẻ tại xã Môn Sơn.

Theo UBND huyện Con Cuông, toàn huyện hiện có hơn 14.000 ha rừng trồng keo; 2 tháng đầu năm 2024, huyện thu hút thêm 3 cơ sở chế biến đồ gỗ gia dụng, nâng tổng số lên 17 cơ sở. Sản phẩm khay gỗ của hợp tác xã đã đạt OCOP 3 sao năm 2023.

Hồ Lộc (TTXVN)

Tin liên quan:
- Nghệ An: Trồng mới hơn 20 nghìn ha rừng năm 2023
- Con Cuông phát triển du lịch cộng đồng bản Khe Rạn
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
M2 = per("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")

FIGS = [
    fig("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên khi thành lập hợp tác xã", period=Y19),
    fig("có 32 thành viên", "32", 32, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("gần 60 lao động", "60", 60, "count", "lao động", approx="nearly", subject="lao động hợp tác xã thu hút"),
    fig("đó 41 người", "41", 41, "count", "người", total=60, subject="người là đồng bào dân tộc Thái"),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/tháng", value_max=8e6, subject="thu nhập của người lao động"),
    fig("xuất khẩu 14 container", "14", 14, "count", "container", subject="container sản phẩm hợp tác xã xuất khẩu",
        period=Y23),
    fig("đạt 7,6 tỷ", "7,6", 7.6e9, "money", "đồng", change=chg("increase", 35, "%", "năm 2022"),
        subject="doanh thu", period=Y23),
    fig("khoảng 900 triệu", "900", 900e6, "money", "đồng", approx="about", subject="lợi nhuận", period=Y23),
    fig("từ 8 đến 10 m3", "8", 8, "measure", "m3", value_max=10, subject="gỗ keo xưởng sử dụng mỗi ngày"),
    fig("giá 1,4-1,6 triệu", "1,4", 1.4e6, "money", "đồng/tấn", value_max=1.6e6,
        subject="giá thu mua gỗ keo của người dân"),
    fig("gần 300 hộ", "300", 300, "count", "hộ", approx="nearly", subject="hộ trồng rừng có đầu ra ổn định"),
    fig("doanh thu 10 tỷ", "10", 10e9, "money", "đồng", status="target", subject="doanh thu", period=NOW),
    fig("thêm một lò sấy", "một", 1, "count", "lò sấy", status="forecast", subject="lò sấy gỗ xây thêm",
        period=NOW),
    fig("công suất 15 m3/mẻ", "15", 15, "measure", "m3/mẻ", status="forecast", subject="công suất lò sấy gỗ"),
    fig("hơn 14.000 ha", "14.000", 14000, "measure", "ha", approx="over", subject="rừng trồng keo"),
    fig("thêm 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở chế biến đồ gỗ gia dụng huyện thu hút thêm",
        period=M2),
    fig("lên 17 cơ sở", "17", 17, "count", "cơ sở", subject="tổng số cơ sở chế biến đồ gỗ gia dụng"),
    fig("hơn 20 nghìn ha", "20", 20000, "measure", "ha", approx="over", optional=True,
        subject="rừng trồng mới", period=per("năm 2023", "2023-01-01", "2023-12-31"), location="Nghệ An"),
]

NOTES = [
    "News agency (TTXVN): agency banner, menu, '15/03/2024 14:05', place tag 'Con Cuông (TTXVN) -', byline 'Hồ Lộc (TTXVN)', related links.",
    "Distractors: 'OCOP 3 sao năm 2023' (rating level), 'năm 2019' founding year, time 14:05; the related link",
    "'Trồng mới hơn 20 nghìn ha rừng năm 2023' is a figure in a related-link title (page furniture, another article): optional.",
    "Location: the cooperative and the district figures are in huyện Con Cuông; Đức, Pháp, Hà Lan are markets, not places of figures.",
    "'thành lập năm 2019 với 7 thành viên' → period năm 2019; 'nay có 32 thành viên' → no period (the present).",
    "'gần 60 lao động, trong đó 41 người' → total 60. 'Mỗi ngày ... từ 8 đến 10 m3': unit m3, 'mỗi ngày' in the subject; '1,4-1,6 triệu' range with one multiplier.",
    "'năm nay ... đặt mục tiêu doanh thu 10 tỷ đồng và dự kiến xây thêm một lò sấy ... 15 m3/mẻ': target, forecast, forecast.",
    "'thu hút thêm 3 cơ sở ..., nâng tổng số lên 17 cơ sở': two counts; 'nâng tổng số lên' is no part-of cue; 17 is a stock (no period given).",
    "revised after the first run: 'Mỗi ngày ... từ 8 đến 10 m3' unit m3/ngày → m3 (shared gold habit for 'mỗi X', see 004 and 001).",
]

if __name__ == "__main__":
    write("p1496-7", TEXT, NOTES, FIGS, published="2024-03-15", location="Con Cuông")
