"""p1176-2: district portal (huyện Chương Mỹ, Hà Nội), 6 months 2024: Công an cấp xã registering motorbikes."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯƠNG MỸ - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | An ninh - Trật tự

Công an cấp xã đăng ký gần 14.000 hồ sơ xe mô tô trong 6 tháng đầu năm

Thứ Tư, 10/07/2024 - 15:20

Thực hiện Thông tư số 24/2023/TT-BCA của Bộ Công an, từ ngày 15/8/2023, Công an 32 xã, thị trấn trên địa bàn huyện được giao đăng ký, cấp biển số xe mô tô, xe gắn máy cho người dân.

6 tháng đầu năm 2024, Công an các xã, thị trấn đã tiếp nhận, giải quyết 13.862 hồ sơ đăng ký xe mô tô, tăng 1.215 hồ sơ so với 6 tháng cuối năm 2023; trong đó đăng ký mới 9.407 xe, đăng ký sang tên, di chuyển 3.981 xe, thu hồi 474 trường hợp. Bình quân mỗi xã tiếp nhận khoảng 433 hồ sơ.

Xã Đại Yên là đơn vị có số hồ sơ lớn nhất huyện với 812 hồ sơ. Trưởng Công an xã cho biết, đơn vị bố trí hai cán bộ tiếp nhận hồ sơ cả ngày thứ Bảy; mỗi hồ sơ đăng ký mới được giải quyết trong khoảng 30 phút. Anh Trần Văn Tới (thôn 3, xã Đại Yên) mua xe máy điện giá 18,5 triệu đồng, chỉ mất chưa đến 40 phút để hoàn tất thủ tục và nhận biển số.

Toàn huyện hiện quản lý trên 215.000 xe mô tô, xe gắn máy và 18.600 xe ô tô. Năm 2024, Công an huyện phấn đấu 100% hồ sơ đăng ký xe được giải quyết đúng hạn, tỷ lệ hồ sơ nộp trực tuyến đạt ít nhất 80%.

Minh Hằng - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = per("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 14.000 hồ sơ", "14.000", 14000, "count", "hồ sơ", approx="nearly",
        subject="hồ sơ xe mô tô Công an cấp xã đăng ký", period=HEAD),
    fig("Công an 32 xã", "32", 32, "count", "xã, thị trấn",
        subject="Công an xã, thị trấn được giao đăng ký, cấp biển số xe mô tô, xe gắn máy"),
    fig("giải quyết 13.862 hồ sơ", "13.862", 13862, "count", "hồ sơ",
        change=chg("increase", 1215, "hồ sơ", "6 tháng cuối năm 2023"),
        subject="hồ sơ đăng ký xe mô tô tiếp nhận, giải quyết", period=H1),
    fig("mới 9.407 xe", "9.407", 9407, "count", "xe", total=13862,
        subject="xe mô tô đăng ký mới", period=H1),
    fig("di chuyển 3.981 xe", "3.981", 3981, "count", "xe", total=13862,
        subject="xe mô tô đăng ký sang tên, di chuyển", period=H1),
    fig("thu hồi 474 trường hợp", "474", 474, "count", "trường hợp", total=13862,
        subject="trường hợp thu hồi đăng ký xe mô tô", period=H1),
    fig("khoảng 433 hồ sơ", "433", 433, "measure", "hồ sơ/xã", approx="about",
        subject="hồ sơ bình quân mỗi xã tiếp nhận", period=inh(H1)),
    fig("với 812 hồ sơ", "812", 812, "count", "hồ sơ",
        subject="hồ sơ đăng ký xe của xã Đại Yên", period=inh(H1)),
    fig("bố trí hai cán bộ", "hai", 2, "count", "cán bộ",
        subject="cán bộ tiếp nhận hồ sơ ngày thứ Bảy"),
    fig("khoảng 30 phút", "30", 30, "measure", "phút", approx="about",
        subject="thời gian giải quyết mỗi hồ sơ đăng ký mới"),
    fig("giá 18,5 triệu", "18,5", 18500000, "money", "đồng",
        subject="giá xe máy điện"),
    fig("chưa đến 40 phút", "40", 40, "measure", "phút", approx="under",
        subject="thời gian hoàn tất thủ tục và nhận biển số"),
    fig("trên 215.000 xe", "215.000", 215000, "count", "xe mô tô, xe gắn máy", approx="over",
        subject="xe mô tô, xe gắn máy toàn huyện quản lý"),
    fig("và 18.600 xe ô tô", "18.600", 18600, "count", "xe ô tô",
        subject="xe ô tô toàn huyện quản lý"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ hồ sơ đăng ký xe được giải quyết đúng hạn", period=Y24),
    fig("ít nhất 80%", "80", 80, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ hồ sơ nộp trực tuyến", period=Y24),
]

NOTES = [
    "District portal (huyện Chương Mỹ, Hà Nội): 'Thứ Tư, 10/07/2024 - 15:20' (published 2024-07-10); default location the district.",
    "Parts after '; trong đó' (9.407 xe, 3.981 xe, 474 trường hợp) count the same files under other nouns: total 13.862, period in the sentence.",
    "'tăng 1.215 hồ sơ so với 6 tháng cuối năm 2023' is a change in hồ sơ. 'Bình quân mỗi xã ... khoảng 433 hồ sơ' is a rate (hồ sơ/xã).",
    "xã Đại Yên is a commune: location stays the district (FIGURES.md: province, city or district). 'hai cán bộ' is a number word.",
    "Passage about one resident (giá xe 18,5 triệu, chưa đến 40 phút) has no period. 'hiện quản lý' stocks have no period.",
    "Distractors: Thông tư số 24/2023/TT-BCA, 15/8/2023, thôn 3, ngày thứ Bảy, 15:20.",
]

if __name__ == "__main__":
    write("p1176-2", TEXT, NOTES, FIGS, published="2024-07-10", location="Chương Mỹ")
