"""p1316-7: news agency (TTXVN / Vietnam+): Hà Nội, drink-driving during Tết Ất Tỵ 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ | THÔNG TẤN XÃ VIỆT NAM
Xã hội > Giao thông

Hà Nội xử lý hơn 4.100 trường hợp vi phạm nồng độ cồn dịp Tết Ất Tỵ

11/02/2025 10:25 GMT+7

Hà Nội (TTXVN) - Ngày 11/2, Phòng Cảnh sát giao thông Công an thành phố Hà Nội cho biết, từ ngày 25/1 đến ngày 9/2/2025, các tổ công tác đã phát hiện, xử lý 4.162 trường hợp vi phạm nồng độ cồn, giảm 27% so với dịp Tết Giáp Thìn 2024.

Trong đó có 586 trường hợp điều khiển ô tô, 3.521 trường hợp điều khiển mô tô, xe máy và 55 trường hợp điều khiển xe đạp, xe đạp điện. Tổng số tiền phạt khoảng 31,5 tỷ đồng; tước giấy phép lái xe 3.890 trường hợp, tạm giữ 3.962 phương tiện. Nồng độ cồn cao nhất được ghi nhận là 1,146 miligam/lít khí thở.

Theo Nghị định 168/2024/NĐ-CP, người điều khiển mô tô có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở bị phạt tiền từ 8 đến 10 triệu đồng, tước giấy phép lái xe từ 22 đến 24 tháng.

Đáng chú ý, tối 2/2 (mùng 5 Tết), trong ca trực từ 20 giờ đến 23 giờ tại nút giao Nguyễn Trãi - Khuất Duy Tiến, Tổ công tác Đội CSGT số 6 đã kiểm tra 320 lượt phương tiện, phát hiện 17 trường hợp vi phạm.

Từ ngày 10/2 đến hết ngày 28/2/2025, Phòng CSGT dự kiến bố trí 60 tổ công tác kiểm tra nồng độ cồn vào ban đêm, gồm 40 tổ tại các quận nội thành và 20 tổ tại các huyện, thị xã ngoại thành.

(TTXVN/Vietnam+)
"""

TET = per("từ ngày 25/1 đến ngày 9/2/2025", "2025-01-25", "2025-02-09")
NEXT = per("Từ ngày 10/2 đến hết ngày 28/2/2025", "2025-02-10", "2025-02-28")

FIGS = [
    fig("hơn 4.100 trường hợp", "4.100", 4100, "count", "trường hợp", approx="over",
        subject="trường hợp vi phạm nồng độ cồn Hà Nội xử lý dịp Tết Ất Tỵ"),
    fig("xử lý 4.162 trường hợp", "4.162", 4162, "count", "trường hợp",
        change=chg("decrease", 27, "%", "dịp Tết Giáp Thìn 2024"),
        subject="trường hợp vi phạm nồng độ cồn được phát hiện, xử lý", period=TET),
    fig("có 586 trường hợp", "586", 586, "count", "trường hợp", total=4162,
        subject="trường hợp điều khiển ô tô", period=inh(TET)),
    fig("3.521 trường hợp", "3.521", 3521, "count", "trường hợp", total=4162,
        subject="trường hợp điều khiển mô tô, xe máy", period=inh(TET)),
    fig("và 55 trường hợp", "55", 55, "count", "trường hợp", total=4162,
        subject="trường hợp điều khiển xe đạp, xe đạp điện", period=inh(TET)),
    fig("khoảng 31,5 tỷ", "31,5", 31.5e9, "money", "đồng", approx="about",
        subject="tổng số tiền phạt", period=inh(TET)),
    fig("xe 3.890 trường hợp", "3.890", 3890, "count", "trường hợp",
        subject="trường hợp bị tước giấy phép lái xe", period=inh(TET)),
    fig("tạm giữ 3.962 phương tiện", "3.962", 3962, "count", "phương tiện",
        subject="phương tiện bị tạm giữ", period=inh(TET)),
    fig("là 1,146 miligam", "1,146", 1.146, "measure", "miligam/lít khí thở",
        subject="nồng độ cồn cao nhất được ghi nhận", period=inh(TET)),
    fig("quá 0,4 miligam", "0,4", 0.4, "measure", "miligam/1 lít khí thở", approx="over",
        subject="ngưỡng nồng độ cồn", optional=True),
    fig("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng", value_max=10e6,
        subject="mức phạt tiền người điều khiển mô tô có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở"),
    fig("từ 22 đến 24 tháng", "22", 22, "measure", "tháng", value_max=24,
        subject="thời hạn tước giấy phép lái xe"),
    fig("kiểm tra 320 lượt", "320", 320, "count", "lượt phương tiện",
        subject="lượt phương tiện Tổ công tác Đội CSGT số 6 kiểm tra"),
    fig("phát hiện 17 trường hợp", "17", 17, "count", "trường hợp", subject="trường hợp vi phạm được phát hiện"),
    fig("bố trí 60 tổ", "60", 60, "count", "tổ công tác", status="forecast",
        subject="tổ công tác kiểm tra nồng độ cồn vào ban đêm", period=NEXT),
    fig("gồm 40 tổ", "40", 40, "count", "tổ", total=60, status="forecast",
        subject="tổ tại các quận nội thành", period=NEXT),
    fig("và 20 tổ", "20", 20, "count", "tổ", total=60, status="forecast",
        subject="tổ tại các huyện, thị xã ngoại thành", period=NEXT),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): '11/02/2025 10:25 GMT+7', 'Hà Nội (TTXVN) -', '(TTXVN/Vietnam+)' at the end.",
    "Distractors: 'Tết Ất Tỵ', 10:25, 'Ngày 11/2', 'tối 2/2 (mùng 5 Tết)', '20 giờ đến 23 giờ', 'Đội CSGT số 6', Nghị định 168/2024/NĐ-CP.",
    "'Trong đó có' parts (586 + 3.521 + 55 = 4.162) take total 4.162; 'gồm 40 tổ ... và 20 tổ' take total 60 and the forecast status.",
    "The legal threshold 'vượt quá 0,4 miligam/1 lít khí thở' is optional (a threshold in a rule, as 'trên 01 tỷ USD' in the shared gold).",
    "Fine range 'từ 8 đến 10 triệu đồng' and suspension 'từ 22 đến 24 tháng' are amounts of the penalty: required.",
    "'tối 2/2' has no year and is a single evening: the 320 / 17 figures get no period. Headline 'dịp Tết Ất Tỵ' gives no dated period.",
]

if __name__ == "__main__":
    write("p1316-7", TEXT, NOTES, FIGS, published="2025-02-11", location="Hà Nội")
