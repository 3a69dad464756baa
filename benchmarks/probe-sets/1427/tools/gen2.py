"""p1427-2: district portal (huyện Chợ Gạo, Tiền Giang): a raid on a cockfighting ring, district results."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ GẠO
Tỉnh Tiền Giang
Trang chủ » Tin tức » Quốc phòng - An ninh

Triệt phá trường gà ăn tiền ven Quốc lộ 50, bắt giữ 32 đối tượng

25/06/2024 - 10:20

Khoảng 14 giờ 30 phút ngày 23/6/2024, Công an huyện Chợ Gạo phối hợp Công an xã Lương Hòa Lạc kiểm tra một khu đất trống ven Quốc lộ 50 thuộc ấp Lương Phú A, phát hiện hai chục đối tượng đang đá gà ăn tiền và 12 đối tượng đứng cá cược xung quanh. Tại hiện trường, lực lượng chức năng bắt giữ 32 đối tượng, thu giữ 48,6 triệu đồng tiền mặt, 9 con gà đá, 23 xe mô tô và 27 điện thoại di động.

Qua điều tra ban đầu, trường gà do Nguyễn Văn Tư (sinh năm 1979, ngụ xã Hòa Định) tổ chức từ đầu tháng 5, mỗi buổi thu hút từ 30 đến 40 người, mỗi trận đặt cược từ 2 đến 5 triệu đồng; chủ trường thu "xâu" 10% số tiền thắng cược.

Theo Bộ luật Hình sự, người đánh bạc trái phép với số tiền từ 5 triệu đồng trở lên có thể bị truy cứu trách nhiệm hình sự; dưới mức này bị phạt tiền từ 5 đến 10 triệu đồng theo Nghị định số 144/2021/NĐ-CP.

Từ đầu năm đến nay, Công an huyện đã phát hiện, xử lý 7 vụ đá gà, đánh bạc với 86 đối tượng, giảm 3 vụ so với cùng kỳ năm trước; xử phạt hành chính 54 đối tượng với tổng số tiền 297,5 triệu đồng. Huyện phấn đấu đến cuối năm 2024 có ít nhất 18/19 xã, thị trấn không có tụ điểm đá gà.

Tin khác:
- Chợ Gạo ra quân Tháng hành động phòng, chống ma túy năm 2024
- Sơ kết công tác quốc phòng, quân sự địa phương 6 tháng đầu năm

Ban Biên tập: Văn phòng HĐND và UBND huyện Chợ Gạo
Địa chỉ: số 01 Lý Thường Kiệt, khu phố 2, thị trấn Chợ Gạo
Điện thoại: 0273.3855.214
"""

DAY = per("ngày 23/6/2024", "2024-06-23", "2024-06-23")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-25")
EOY = per("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    fig("50, bắt giữ 32", "32", 32, "count", "đối tượng", subject="đối tượng bị bắt giữ tại trường gà ăn tiền"),
    fig("hai chục đối tượng", "hai chục", 20, "count", "đối tượng", subject="đối tượng đang đá gà ăn tiền",
        period=DAY),
    fig("và 12 đối tượng", "12", 12, "count", "đối tượng", subject="đối tượng đứng cá cược xung quanh",
        period=DAY),
    fig("chức năng bắt giữ 32", "32", 32, "count", "đối tượng", subject="đối tượng bị bắt giữ",
        period=inh(DAY)),
    fig("48,6 triệu", "48,6", 48.6e6, "money", "đồng", subject="tiền mặt thu giữ", period=inh(DAY)),
    fig("9 con", "9", 9, "count", "con", subject="gà đá thu giữ", period=inh(DAY)),
    fig("23 xe", "23", 23, "count", "xe mô tô", subject="xe mô tô thu giữ", period=inh(DAY)),
    fig("27 điện thoại", "27", 27, "count", "điện thoại di động", subject="điện thoại di động thu giữ",
        period=inh(DAY)),
    fig("từ 30 đến 40", "30", 30, "measure", "người/buổi", value_max=40,
        subject="người tham gia trường gà mỗi buổi"),
    fig("cược từ 2 đến 5", "2", 2e6, "money", "đồng/trận", value_max=5e6, subject="tiền đặt cược mỗi trận"),
    fig("xâu\" 10%", "10", 10, "percent", "%", subject="tiền \"xâu\" chủ trường thu trên số tiền thắng cược"),
    fig("tiền từ 5 triệu", "5", 5e6, "money", "đồng", approx="at_least",
        subject="số tiền đánh bạc bị truy cứu trách nhiệm hình sự", optional=True),
    fig("phạt tiền từ 5 đến 10", "5", 5e6, "money", "đồng", value_max=10e6,
        subject="mức phạt tiền hành vi đánh bạc trái phép", optional=True),
    fig("xử lý 7 vụ", "7", 7, "count", "vụ", change=chg("decrease", 3, "vụ", "cùng kỳ năm trước"),
        subject="vụ đá gà, đánh bạc phát hiện, xử lý", period=YTD),
    fig("với 86 đối tượng", "86", 86, "count", "đối tượng", subject="đối tượng đá gà, đánh bạc", period=YTD),
    fig("chính 54 đối tượng", "54", 54, "count", "đối tượng", subject="đối tượng bị xử phạt hành chính",
        period=YTD),
    fig("297,5 triệu", "297,5", 297.5e6, "money", "đồng", subject="tổng số tiền xử phạt hành chính", period=YTD),
    fig("ít nhất 18/19", "18", 18, "count", "xã, thị trấn", approx="at_least", total=19, status="target",
        subject="xã, thị trấn không có tụ điểm đá gà", period=EOY),
]

NOTES = [
    "District portal (huyện Chợ Gạo, Tiền Giang): a raid on a cockfighting ring on 23/6/2024 and district results; dateline '25/06/2024 - 10:20'.",
    "Distractors: 'Quốc lộ 50' (twice), '14 giờ 30 phút', 'sinh năm 1979', 'tháng 5', 'Nghị định số 144/2021/NĐ-CP', '6 tháng đầu năm' in a link,",
    "'số 01 Lý Thường Kiệt', 'khu phố 2', phone 0273.3855.214.",
    "'hai chục' = 20 (number word). The 20 and 12 stand before the 32 they add up to: no cue, so no total.",
    "'mỗi buổi ... từ 30 đến 40 người' and 'mỗi trận ... từ 2 đến 5 triệu đồng' are rates: units người/buổi, đồng/trận; 'xâu' 10% is a percent figure.",
    "Legal thresholds of the Penal Code and of the decree (từ 5 triệu đồng trở lên; phạt từ 5 đến 10 triệu đồng) are rules, not facts: optional.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-06-25; 'giảm 3 vụ' is a change of 7 vụ; '18/19 xã, thị trấn' total 19, at_least, target.",
    "Location: Chợ Gạo (district) for all; xã Lương Hòa Lạc is a commune, below the level the spec uses.",
]

if __name__ == "__main__":
    write("p1427-2", TEXT, NOTES, FIGS, published="2024-06-25", location="Chợ Gạo")
