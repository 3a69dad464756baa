"""p1436-8: radio/TV site (Đài PT&TH Hải Phòng): demand for termite and insect control after typhoon Yagi."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THP - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Sau bão số 3, nhu cầu diệt mối, côn trùng tăng mạnh

08/10/2024 10:15 | Xã hội

Video: 02:48

(THP) - Sau bão số 3 (Yagi), nhiều khu dân cư ở các quận Lê Chân, Hồng Bàng, Ngô Quyền bị ngập úng, cây đổ, tạo điều kiện cho mối, gián, muỗi phát triển. Từ ngày 10/9 đến nay, các cơ sở dịch vụ diệt côn trùng trên địa bàn thành phố nhận hơn 2.600 yêu cầu xử lý, tăng khoảng 2,5 lần so với cùng kỳ.

Tại Công ty CP Môi trường và Côn trùng Biển Xanh (quận Hải An), mỗi ngày đội kỹ thuật xử lý 35-40 ngôi nhà, gấp đôi ngày thường. Theo bà Vũ Thị Lan, phó giám đốc công ty, khoảng 60% yêu cầu liên quan đến mối gây hại tủ gỗ, khung cửa. Giá xử lý mối cục bộ khoảng 1,5 triệu đồng/lần, phòng mối toàn bộ ngôi nhà 3-4 triệu đồng.

Trung tâm Kiểm soát bệnh tật thành phố cho biết, đến ngày 5/10, ngành y tế đã phun chế phẩm Permecide 50EC diệt muỗi, côn trùng tại 214 tổ dân phố của 9 quận, huyện bị ảnh hưởng nặng và cấp phát 1,2 tấn Cloramin B cho người dân. Thành phố hiện có 74 cơ sở dịch vụ diệt côn trùng đủ điều kiện.

Dự kiến trong tháng 10, thành phố tiếp tục phun khử khuẩn tại khoảng 120 trường học và 40 chợ dân sinh.

Minh Đức - Quang Huy

Tin liên quan:
- Hải Phòng khắc phục hậu quả bão số 3
- Phòng bệnh mùa mưa lũ
"""

SINCE = per("Từ ngày 10/9 đến nay", "2024-09-10", "2024-10-08")
ASOF = per("đến ngày 5/10", None, "2024-10-05")
OCT = per("trong tháng 10", "2024-10-01", "2024-10-31")
HA = "Hải An"

FIGS = [
    fig("hơn 2.600 yêu cầu", "2.600", 2600, "count", "yêu cầu", approx="over",
        change=chg("increase", 2.5, "lần", "cùng kỳ", approx="about"),
        subject="yêu cầu xử lý các cơ sở dịch vụ diệt côn trùng nhận", period=SINCE),
    fig("xử lý 35-40 ngôi nhà", "35", 35, "measure", "ngôi nhà/ngày", value_max=40,
        change=chg("increase", 2, "lần", "ngày thường"),
        subject="ngôi nhà đội kỹ thuật xử lý mỗi ngày", location=HA),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="yêu cầu liên quan đến mối gây hại tủ gỗ, khung cửa", location=HA),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "money", "đồng/lần", approx="about",
        subject="giá xử lý mối cục bộ", location=HA),
    fig("nhà 3-4 triệu", "3", 3e6, "money", "đồng", value_max=4e6,
        subject="giá phòng mối toàn bộ ngôi nhà", location=HA),
    fig("tại 214 tổ", "214", 214, "count", "tổ dân phố",
        subject="tổ dân phố được phun chế phẩm diệt muỗi, côn trùng", period=ASOF),
    fig("của 9 quận", "9", 9, "count", "quận, huyện", subject="quận, huyện bị ảnh hưởng nặng", period=ASOF),
    fig("phát 1,2 tấn", "1,2", 1.2, "measure", "tấn", subject="Cloramin B cấp phát cho người dân",
        period=ASOF),
    fig("có 74 cơ sở", "74", 74, "count", "cơ sở",
        subject="cơ sở dịch vụ diệt côn trùng đủ điều kiện"),
    fig("khoảng 120 trường", "120", 120, "count", "trường học", approx="about", status="forecast",
        subject="trường học được phun khử khuẩn", period=OCT),
    fig("và 40 chợ", "40", 40, "count", "chợ", status="forecast",
        subject="chợ dân sinh được phun khử khuẩn", period=OCT),
]

NOTES = [
    "Radio/TV site (Đài PT&TH Hải Phòng): '08/10/2024 10:15 | Xã hội', 'Video: 02:48', tag '(THP) -', byline, related links.",
    "Distractors: 'bão số 3' (headline, body, link), 10:15, 02:48, 'ngày 10/9', 'ngày 5/10', product 'Permecide 50EC', 'Cloramin B'.",
    "'Từ ngày 10/9 đến nay' runs to the dateline 2024-10-08; 'đến ngày 5/10' is an as-of date; year-less dates take 2024.",
    "'tăng khoảng 2,5 lần so với cùng kỳ' is the change (about) of the 2.600; 'gấp đôi ngày thường' the change of the 35-40 rate.",
    "The firm's passage is in quận Hải An. '214 tổ dân phố của 9 quận, huyện': different things counted, no total.",
    "'khoảng' governs 120 only; '40 chợ' is exact. 'Dự kiến' governs both (forecast).",
]

if __name__ == "__main__":
    write("p1436-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Hải Phòng")
