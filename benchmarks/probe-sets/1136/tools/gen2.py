"""p1136-2: district portal (huyện Yên Thành, Nghệ An), land donation and road concreting since the start of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ | Tin tức | Nông thôn mới | Văn bản | Hỏi đáp

Yên Thành: Dân hiến gần 4 ha đất mở rộng đường giao thông nông thôn

Thứ Tư, 05/06/2024 - 15:20

Từ đầu năm đến nay, toàn huyện đã làm mới và nâng cấp 64,5 km đường giao thông nông thôn bằng bê tông xi măng với tổng kinh phí 51,8 tỷ đồng; trong đó ngân sách tỉnh hỗ trợ 14,2 tỷ đồng (27,4%), ngân sách huyện 9,6 tỷ đồng, ngân sách xã 11,5 tỷ đồng, còn lại 16,5 tỷ đồng do nhân dân đóng góp.

Để mở rộng mặt đường, 1.245 hộ dân đã tự nguyện hiến 38.600 m2 đất ở, đất vườn, tháo dỡ 9.200 m tường rào, cổng ngõ mà không đòi hỏi bồi thường.

Xã Công Thành là địa phương dẫn đầu phong trào. Chỉ trong hai tháng, xóm Tây Lộc đã bê tông hóa 2,7 km đường xóm rộng 4 m; 86 hộ trong xóm hiến 2.150 m2 đất, mỗi khẩu đóng góp 350.000 đồng. Gia đình ông Phan Văn Hòa ở xóm 5 hiến 180 m2 đất vườn, trị giá khoảng 270 triệu đồng. "Đường rộng thì con cháu đi lại thuận tiện, mình hiến đất cũng vui", ông Hòa nói.

Năm 2024, huyện phấn đấu bê tông hóa 120 km đường giao thông nông thôn, trong đó có 35 km đường nội đồng; đến nay đã đạt 53,8% kế hoạch. Tuyến đường nối Quốc lộ 7A với Tỉnh lộ 538 qua xã Công Thành dài 3,6 km đang được thi công, dự kiến hoàn thành trước ngày 2/9.

Huyện tiếp tục hỗ trợ 50% giá trị xi măng cho các xã đặc biệt khó khăn và thưởng 200 triệu đồng cho mỗi xã hoàn thành kế hoạch năm.

Người viết: Hồng Lam - Văn phòng HĐND và UBND huyện
"""

SINCE = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-05")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
NOW = per("đến nay", None, "2024-06-05")

FIGS = [
    fig("gần 4 ha", "4", 4, "measure", "ha", approx="nearly",
        subject="đất dân hiến mở rộng đường giao thông nông thôn"),
    fig("nâng cấp 64,5 km", "64,5", 64.5, "measure", "km",
        subject="đường giao thông nông thôn làm mới và nâng cấp bằng bê tông xi măng", period=SINCE),
    fig("kinh phí 51,8 tỷ", "51,8", 51.8e9, "money", "đồng",
        subject="tổng kinh phí làm đường giao thông nông thôn", period=SINCE),
    fig("hỗ trợ 14,2 tỷ", "14,2", 14.2e9, "money", "đồng", total=51.8e9, percent=27.4,
        subject="ngân sách tỉnh hỗ trợ", period=SINCE),
    fig("huyện 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", total=51.8e9,
        subject="ngân sách huyện", period=SINCE),
    fig("xã 11,5 tỷ", "11,5", 11.5e9, "money", "đồng", total=51.8e9,
        subject="ngân sách xã", period=SINCE),
    fig("lại 16,5 tỷ", "16,5", 16.5e9, "money", "đồng", total=51.8e9,
        subject="kinh phí do nhân dân đóng góp", period=SINCE),
    fig("1.245 hộ", "1.245", 1245, "count", "hộ",
        subject="hộ dân tự nguyện hiến đất", period=inh(SINCE)),
    fig("hiến 38.600 m2", "38.600", 38600, "measure", "m2",
        subject="đất ở, đất vườn hộ dân tự nguyện hiến", period=inh(SINCE)),
    fig("dỡ 9.200 m", "9.200", 9200, "measure", "m",
        subject="tường rào, cổng ngõ tháo dỡ", period=inh(SINCE)),
    fig("hóa 2,7 km", "2,7", 2.7, "measure", "km", subject="đường xóm Tây Lộc bê tông hóa"),
    fig("rộng 4 m", "4", 4, "measure", "m", subject="chiều rộng đường xóm Tây Lộc"),
    fig("86 hộ", "86", 86, "count", "hộ", subject="hộ trong xóm Tây Lộc hiến đất"),
    fig("hiến 2.150 m2", "2.150", 2150, "measure", "m2", subject="đất hộ trong xóm Tây Lộc hiến"),
    fig("góp 350.000 đồng", "350.000", 350000, "money", "đồng/khẩu",
        subject="mức đóng góp mỗi khẩu"),
    fig("hiến 180 m2", "180", 180, "measure", "m2", subject="đất vườn gia đình ông Phan Văn Hòa hiến"),
    fig("khoảng 270 triệu", "270", 270e6, "money", "đồng", approx="about",
        subject="giá trị đất vườn gia đình ông Phan Văn Hòa hiến"),
    fig("hóa 120 km", "120", 120, "measure", "km", status="target",
        subject="đường giao thông nông thôn bê tông hóa", period=Y24),
    fig("có 35 km", "35", 35, "measure", "km", total=120, status="target",
        subject="đường nội đồng bê tông hóa", period=Y24),
    fig("đạt 53,8%", "53,8", 53.8, "percent", "%",
        subject="tỷ lệ thực hiện kế hoạch bê tông hóa đường giao thông nông thôn", period=NOW),
    fig("dài 3,6 km", "3,6", 3.6, "measure", "km",
        subject="chiều dài tuyến đường nối Quốc lộ 7A với Tỉnh lộ 538 đang thi công"),
    fig("hỗ trợ 50%", "50", 50, "percent", "%",
        subject="hỗ trợ giá trị xi măng cho các xã đặc biệt khó khăn"),
    fig("thưởng 200 triệu", "200", 200e6, "money", "đồng/xã",
        subject="thưởng cho mỗi xã hoàn thành kế hoạch năm"),
]

NOTES = [
    "District portal (Yên Thành, Nghệ An): 'Thứ Tư, 05/06/2024 - 15:20', byline line at the end.",
    "Distractors: Quốc lộ 7A, Tỉnh lộ 538, xóm 5, 'trước ngày 2/9', 'Chỉ trong hai tháng' (duration locating the work), 15:20.",
    "'Từ đầu năm đến nay' ends at the published date; 'đến nay' is an as-of date (published).",
    "Budget parts after 'trong đó' take 51,8 tỷ as total; '(27,4%)' is the share of 14,2 tỷ.",
    "Tây Lộc passage: no period ('Chỉ trong hai tháng' is not a dated period). Location Yên Thành throughout.",
    "'200 triệu đồng cho mỗi xã' is a per-unit amount: unit 'đồng/xã'.",
]

if __name__ == "__main__":
    write("p1136-2", TEXT, NOTES, FIGS, published="2024-06-05", location="Yên Thành")
