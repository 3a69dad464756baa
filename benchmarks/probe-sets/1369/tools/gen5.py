"""p1369-5: Party newspaper (Báo Bắc Giang, tag BGĐT): a 'làm nhiệm vụ online' scam ring broken up."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Pháp luật

Triệt phá đường dây lừa đảo "làm nhiệm vụ online", chiếm đoạt hơn 30 tỷ đồng

Cập nhật lúc 07:30, 22/04/2024

Công an tỉnh vừa triệt phá đường dây lừa đảo qua mạng với thủ đoạn tuyển cộng tác viên "làm nhiệm vụ online", chiếm đoạt tiền của hơn một nghìn người.

(BGĐT) - Phòng Cảnh sát hình sự Công an tỉnh Bắc Giang đã bắt giữ 14 đối tượng, gồm 3 đối tượng cầm đầu và 11 đối tượng giúp sức.

Theo cơ quan điều tra, từ tháng 8/2023 đến tháng 3/2024, nhóm đối tượng do Hoàng Văn Tùng (SN 1991, trú tại huyện Lạng Giang) cầm đầu đã lập hơn 200 tài khoản Facebook, Telegram ảo, chiếm đoạt của khoảng 1.100 bị hại số tiền hơn 30 tỷ đồng. Các bị hại ở 38 tỉnh, thành phố, trong đó Bắc Giang có 126 người.

Để tạo lòng tin, các đối tượng giao "nhiệm vụ" nhỏ từ 100.000 đến 300.000 đồng và trả hoa hồng 10-15%; khi bị hại nạp số tiền lớn thì khóa tài khoản, cắt liên lạc. Có bị hại bị chiếm đoạt tới 2,4 tỷ đồng.

Cơ quan công an đã thu giữ 27 điện thoại di động, 9 máy tính, 46 thẻ ngân hàng, phong tỏa 52 tài khoản với số dư gần 4,7 tỷ đồng. Vụ án đang được mở rộng điều tra theo Điều 174 Bộ luật Hình sự.

Theo Công an tỉnh, từ đầu năm 2024 đến nay, toàn tỉnh xảy ra 41 vụ lừa đảo qua mạng, tăng 6 vụ so với cùng kỳ, thiệt hại trên 21 tỷ đồng. Người dân phát hiện dấu hiệu lừa đảo cần báo ngay cho cơ quan công an qua số 0204.3854.113.

Ngọc Thúy
"""

RING = per("từ tháng 8/2023 đến tháng 3/2024", "2023-08-01", "2024-03-31")
YTD = per("từ đầu năm 2024 đến nay", "2024-01-01", "2024-04-22")

FIGS = [
    fig(", chiếm đoạt hơn 30 tỷ", "30", 30e9, "money", "đồng", approx="over",
        subject="số tiền đường dây lừa đảo làm nhiệm vụ online chiếm đoạt"),
    fig("hơn một nghìn người", "một", 1000, "count", "người", approx="over",
        subject="người bị chiếm đoạt tiền"),
    fig("bắt giữ 14 đối tượng", "14", 14, "count", "đối tượng", subject="đối tượng bị bắt giữ"),
    fig("gồm 3 đối tượng", "3", 3, "count", "đối tượng", total=14, subject="đối tượng cầm đầu"),
    fig("11 đối tượng", "11", 11, "count", "đối tượng", total=14, subject="đối tượng giúp sức"),
    fig("hơn 200 tài khoản", "200", 200, "count", "tài khoản", approx="over",
        subject="tài khoản Facebook, Telegram ảo nhóm đối tượng lập", period=RING),
    fig("khoảng 1.100 bị hại", "1.100", 1100, "count", "bị hại", approx="about",
        subject="bị hại", period=RING),
    fig("số tiền hơn 30 tỷ", "30", 30e9, "money", "đồng", approx="over",
        subject="số tiền chiếm đoạt của bị hại", period=RING),
    fig("ở 38 tỉnh", "38", 38, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có bị hại",
        period=inh(RING), location="Việt Nam"),
    fig("có 126 người", "126", 126, "count", "người", subject="bị hại", period=inh(RING)),
    fig("từ 100.000 đến 300.000", "100.000", 100000, "money", "đồng", value_max=300000,
        subject="nhiệm vụ nhỏ các đối tượng giao"),
    fig("hoa hồng 10-15%", "10", 10, "percent", "%", value_max=15, subject="hoa hồng"),
    fig("tới 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", subject="số tiền bị hại bị chiếm đoạt"),
    fig("giữ 27 điện thoại", "27", 27, "count", "điện thoại di động", subject="điện thoại di động thu giữ"),
    fig("9 máy tính", "9", 9, "count", "máy tính", subject="máy tính thu giữ"),
    fig("46 thẻ", "46", 46, "count", "thẻ ngân hàng", subject="thẻ ngân hàng thu giữ"),
    fig("phong tỏa 52 tài khoản", "52", 52, "count", "tài khoản", subject="tài khoản phong tỏa"),
    fig("gần 4,7 tỷ", "4,7", 4.7e9, "money", "đồng", approx="nearly",
        subject="số dư tài khoản phong tỏa"),
    fig("xảy ra 41 vụ", "41", 41, "count", "vụ", change=chg("increase", 6, "vụ", "cùng kỳ"),
        subject="vụ lừa đảo qua mạng", period=YTD),
    fig("trên 21 tỷ", "21", 21e9, "money", "đồng", approx="over", subject="thiệt hại", period=YTD),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang): sapo, tag '(BGĐT) -', 'Cập nhật lúc 07:30, 22/04/2024', byline at the end.",
    "Distractors: 07:30, 'SN 1991' (birth year), 'Điều 174 Bộ luật Hình sự', phone 0204.3854.113.",
    "'hơn một nghìn người' = over 1000 (number word + multiplier). 'gồm 3 ... và 11' → total 14.",
    "The ring's figures carry the period 'từ tháng 8/2023 đến tháng 3/2024'; 'từ đầu năm 2024 đến nay' ends at the dateline.",
    "'Các bị hại ở 38 tỉnh, thành phố': a count of provinces → location Việt Nam. 'trong đó Bắc Giang có 126 người' follows 38 provinces,",
    "which counts another thing, so no total (spec: the whole counts the same thing); Bắc Giang stays the location of the 126.",
    "Ring figures in Bắc Giang (the province of the police and the paper). 'tăng 6 vụ so với cùng kỳ' is the change of 41 vụ.",
]

if __name__ == "__main__":
    write("p1369-5", TEXT, NOTES, FIGS, published="2024-04-22", location="Bắc Giang")
