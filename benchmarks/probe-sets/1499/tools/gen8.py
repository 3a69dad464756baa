"""p1499-8: news agency (TTXVN): TP Hồ Chí Minh fire police find premises without emergency lights, 2025."""
from lib import fig, per, inh, chg, write

TEXT = """TIN TỨC TTXVN
Trang chủ › Xã hội › An toàn PCCC

TP Hồ Chí Minh: Hơn 500 cơ sở thiếu đèn chiếu sáng sự cố, đèn chỉ dẫn thoát nạn

20/06/2025 14:32 GMT+7

TP Hồ Chí Minh (TTXVN) - Từ đầu năm đến nay, Phòng Cảnh sát PCCC và CNCH (PC07) Công an TP Hồ Chí Minh đã kiểm tra 4.612 cơ sở kinh doanh, nhà trọ, phát hiện 538 cơ sở không trang bị hoặc trang bị không đủ đèn chiếu sáng sự cố, đèn chỉ dẫn thoát nạn, chiếm 11,7% số cơ sở được kiểm tra. Lực lượng chức năng đã xử phạt 312 trường hợp với tổng số tiền hơn 2,1 tỷ đồng, tăng 35% so với cùng kỳ năm trước.

Riêng TP Thủ Đức có 96 cơ sở vi phạm, nhiều nhất thành phố; tiếp đến là quận Bình Tân 71 cơ sở và quận 12 với 58 cơ sở.

Theo QCVN 06:2022/BXD, đèn chiếu sáng sự cố phải duy trì hoạt động tối thiểu 60 phút khi mất điện.

Khảo sát của phóng viên TTXVN tại các cửa hàng thiết bị PCCC trên đường Tô Hiến Thành (quận 10) cho thấy giá một bộ đèn chỉ dẫn thoát nạn dao động 250.000-400.000 đồng; đèn chiếu sáng sự cố Sentry EL-02 khoảng 300.000 đồng/bộ. Chủ một cửa hàng cho biết 5 tháng đầu năm đã bán gần 1.200 bộ đèn các loại, gấp đôi cùng kỳ.

Thượng tá Nguyễn Minh Quân, Phó Trưởng phòng PC07, cho biết 6 tháng cuối năm, đơn vị phấn đấu kiểm tra thêm ít nhất 3.000 cơ sở; dự kiến tổ chức 24 lớp tập huấn cho khoảng 1.500 chủ nhà trọ.

Từ khóa: PCCC, đèn chiếu sáng sự cố, nhà trọ
"""

YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-06-20")
FIVE = per("5 tháng đầu năm", "2025-01-01", "2025-05-31")
H2 = per("6 tháng cuối năm", "2025-07-01", "2025-12-31")
Q10 = "Quận 10"

FIGS = [
    fig("Hơn 500 cơ sở", "500", 500, "count", "cơ sở", approx="over",
        subject="cơ sở thiếu đèn chiếu sáng sự cố, đèn chỉ dẫn thoát nạn"),
    fig("kiểm tra 4.612 cơ sở", "4.612", 4612, "count", "cơ sở",
        subject="cơ sở kinh doanh, nhà trọ được kiểm tra", period=YTD),
    fig("phát hiện 538 cơ sở", "538", 538, "count", "cơ sở", percent=11.7,
        subject="cơ sở không trang bị hoặc trang bị không đủ đèn chiếu sáng sự cố, đèn chỉ dẫn thoát nạn",
        period=YTD),
    fig("xử phạt 312 trường hợp", "312", 312, "count", "trường hợp",
        subject="trường hợp bị xử phạt", period=inh(YTD)),
    fig("hơn 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", approx="over",
        change=chg("increase", 35, "%", "cùng kỳ năm trước"),
        subject="tổng số tiền xử phạt", period=inh(YTD)),
    fig("có 96 cơ sở", "96", 96, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(YTD),
        location="Thủ Đức"),
    fig("Bình Tân 71 cơ sở", "71", 71, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(YTD),
        location="Bình Tân"),
    fig("với 58 cơ sở", "58", 58, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(YTD),
        location="Quận 12"),
    fig("tối thiểu 60 phút", "60", 60, "measure", "phút", approx="at_least",
        subject="thời gian duy trì hoạt động của đèn chiếu sáng sự cố khi mất điện", optional=True),
    fig("dao động 250.000-400.000", "250.000", 250000, "money", "đồng/bộ", value_max=400000,
        subject="giá một bộ đèn chỉ dẫn thoát nạn", location=Q10),
    fig("khoảng 300.000", "300.000", 300000, "money", "đồng/bộ", approx="about",
        subject="giá đèn chiếu sáng sự cố", location=Q10),
    fig("gần 1.200 bộ", "1.200", 1200, "count", "bộ", approx="nearly",
        change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="bộ đèn cửa hàng bán", period=FIVE, location=Q10),
    fig("ít nhất 3.000 cơ sở", "3.000", 3000, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở kiểm tra thêm", period=H2),
    fig("tổ chức 24 lớp", "24", 24, "count", "lớp", status="forecast",
        subject="lớp tập huấn", period=H2),
    fig("khoảng 1.500 chủ", "1.500", 1500, "count", "chủ nhà trọ", approx="about", status="forecast",
        subject="chủ nhà trọ được tập huấn", period=H2),
]

NOTES = [
    "News agency (TTXVN): TP Hồ Chí Minh PC07 checks of đèn chiếu sáng sự cố / đèn chỉ dẫn thoát nạn; dateline '20/06/2025 14:32 GMT+7', tag 'TP Hồ Chí Minh (TTXVN) -'.",
    "Distractors: 14:32, 'PC07' (twice), 'QCVN 06:2022/BXD', 'Sentry EL-02' (a product name), 'quận 12', 'quận 10' (place names), 'Thượng tá'.",
    "'chiếm 11,7% số cơ sở được kiểm tra' is the percent attribute of 538 cơ sở; no total (no part-of cue, the whole is named only inside the share).",
    "'Từ đầu năm đến nay' → 2025-01-01 .. 2025-06-20; the next sentence and the district list inherit it (not scored). The baseline says 'năm trước', no year.",
    "District list 'TP Thủ Đức có 96 ...; ... quận Bình Tân 71 ... và quận 12 với 58 ...': subject = the list's indicator, place → location ('Quận 12').",
    "'tối thiểu 60 phút' is a regulatory threshold, not a measured fact: optional.",
    "Shop passage on Tô Hiến Thành (quận 10): location Quận 10; '5 tháng đầu năm' takes 2025 (dateline); 'gấp đôi cùng kỳ' is the change (2 lần) of gần 1.200 bộ.",
    "'6 tháng cuối năm, ... phấn đấu ...' target (at least); '; dự kiến ... 24 lớp ... khoảng 1.500 chủ nhà trọ' forecast, same period (same sentence).",
]

if __name__ == "__main__":
    write("p1499-8", TEXT, NOTES, FIGS, published="2025-06-20", location="TP Hồ Chí Minh")
