"""p706-7: department site (Sở LĐ-TB&XH Tiền Giang), no dateline — monthly social allowance, Q1/2024, one-cell-per-line table."""
from lib import F, P, inh, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH TIỀN GIANG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Tình hình chi trả trợ cấp xã hội hằng tháng quý I/2024

Tính đến ngày 31/3/2024, toàn tỉnh có 68.412 đối tượng bảo trợ xã hội đang hưởng trợ cấp hằng tháng, tăng 2,6% so với cùng kỳ năm 2023; trong đó người cao tuổi 39.870 người, chiếm 58,3%. Kinh phí chi trả quý I ước đạt 82,4 tỷ đồng. Số đối tượng tại một số địa phương như sau:

Đơn vị tính: người

Địa phương
Người cao tuổi
Người khuyết tật
Đối tượng khác

TP Mỹ Tho
2.915
1.604
388

Huyện Cái Bè
6.248
3.317
702

Huyện Châu Thành
5.406
2.890
615

Huyện Cai Lậy
4.871
2.455
536

Huyện Gò Công Tây
3.752
1.968
-

Toàn tỉnh đã có 21.560 đối tượng nhận trợ cấp qua tài khoản, đạt 31,5%; phấn đấu đến hết năm 2024 tỷ lệ chi trả không dùng tiền mặt đạt trên 50%. Việc chi trả bằng tiền mặt được thực hiện tại 172 điểm chi trả của Bưu điện tỉnh, mỗi tháng từ ngày 5 đến ngày 10.

Trong quý I, các huyện, thành phố đã xét duyệt mới 1.126 hồ sơ hưởng trợ cấp, thôi hưởng 604 trường hợp do đối tượng qua đời hoặc chuyển nơi cư trú. Trường hợp có vướng mắc, người dân liên hệ Phòng Bảo trợ xã hội để được hướng dẫn.

Địa chỉ: số 33 Hùng Vương, Phường 7, TP Mỹ Tho, Tiền Giang
Điện thoại: 0273.3873.552 - Email: sldtbxh@tiengiang.gov.vn
Lượt truy cập: 1.246.830
"""

ASOF = P("Tính đến ngày 31/3/2024", None, "2024-03-31")
COLS = ["Người cao tuổi hưởng trợ cấp hằng tháng", "Người khuyết tật hưởng trợ cấp hằng tháng",
        "Đối tượng khác hưởng trợ cấp hằng tháng"]
ROWS = [
    ("Mỹ Tho", ["TP Mỹ Tho\n2.915", "2.915\n1.604", "1.604\n388"], ["2.915", "1.604", "388"]),
    ("Cái Bè", ["Cái Bè\n6.248", "6.248\n3.317", "3.317\n702"], ["6.248", "3.317", "702"]),
    ("Châu Thành", ["Châu Thành\n5.406", "5.406\n2.890", "2.890\n615"], ["5.406", "2.890", "615"]),
    ("Cai Lậy", ["Cai Lậy\n4.871", "4.871\n2.455", "2.455\n536"], ["4.871", "2.455", "536"]),
    ("Gò Công Tây", ["Gò Công Tây\n3.752", "3.752\n1.968"], ["3.752", "1.968"]),
]

TABLE = []
for place, anchors, nums in ROWS:
    for col, a, n in zip(COLS, anchors, nums):
        TABLE.append(F(a, n, float(n.replace(".", "")), "count", "người", col, inh(ASOF), location=place))

FIGS = [
    F("có 68.412 đối tượng", "68.412", 68412, "count", "đối tượng",
      "đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng", ASOF,
      change=CH("increase", 2.6, baseline="cùng kỳ năm 2023")),
    F("tuổi 39.870 người", "39.870", 39870, "count", "người", "người cao tuổi hưởng trợ cấp hằng tháng", ASOF,
      total=68412, percent=58.3),
    F("ước đạt 82,4 tỷ đồng", "82,4", 82.4e9, "money", "đồng", "kinh phí chi trả trợ cấp xã hội",
      P("quý I", "2024-01-01", "2024-03-31"), status="estimate"),
] + TABLE + [
    F("có 21.560 đối tượng", "21.560", 21560, "count", "đối tượng", "đối tượng nhận trợ cấp qua tài khoản",
      percent=31.5),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ chi trả không dùng tiền mặt",
      P("đến hết năm 2024", None, "2024-12-31"), approx="over", status="target"),
    F("mới 1.126 hồ sơ", "1.126", 1126, "count", "hồ sơ", "hồ sơ hưởng trợ cấp được xét duyệt mới",
      P("Trong quý I", "2024-01-01", "2024-03-31")),
    F("thôi hưởng 604 trường hợp", "604", 604, "count", "trường hợp", "trường hợp thôi hưởng trợ cấp",
      P("Trong quý I", "2024-01-01", "2024-03-31")),
    F("tại 172 điểm", "172", 172, "count", "điểm chi trả", "điểm chi trả bằng tiền mặt của Bưu điện tỉnh"),
]

COMMENTS = [
    "Department site (Sở LĐ-TB&XH Tiền Giang) with no dateline (no published): social allowance recipients at 31/3/2024, one-cell-per-line table",
    "with 'Đơn vị tính: người'; row labels are districts → location, subject = the column label (+ 'hưởng trợ cấp hằng tháng' from the lead).",
    "Table cells inherit the lead's as-of date (not in their own sentence, not scored). '-' is an empty cell, not a figure.",
    "'quý I' takes 2024 from the heading and the as-of date; 'phấn đấu đến hết năm 2024 … trên 50%' → target, as-of end of 2024.",
    "Not figures: ngày 5 đến ngày 10 (days of the month), số 33 Hùng Vương, Phường 7, phone, e-mail, Lượt truy cập: 1.246.830.",
]

if __name__ == "__main__":
    emit("p706-7", TEXT, COMMENTS, FIGS, published=None, location="Tiền Giang")
