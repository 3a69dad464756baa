"""p1283-4: ministry site (Bộ Nông nghiệp và PTNT): national fruit and vegetable juice exports, 10 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Chế biến - Thị trường

Xuất khẩu nước ép rau quả 10 tháng tăng gần 25%

Ngày cập nhật: 15/11/2024 08:45

Theo Cục Chất lượng, Chế biến và Phát triển thị trường, 10 tháng năm 2024, kim ngạch xuất khẩu nước ép rau quả của cả nước ước đạt 285 triệu USD, tăng 24,6% so với cùng kỳ năm 2023. Trong đó, nước dừa đóng hộp đạt khoảng 172 triệu USD, chiếm 60,4%; nước ép chanh leo 41 triệu USD; nước ép xoài, ổi và trái cây nhiệt đới khác 72 triệu USD.

Mỹ, Hàn Quốc, Trung Quốc và Hà Lan là bốn thị trường lớn nhất, lần lượt chiếm 28%, 17%, 14% và 9% kim ngạch. Riêng tháng 10, kim ngạch ước đạt 34 triệu USD, tăng 5,2% so với tháng trước và tăng 31% so với cùng kỳ.

Cả nước hiện có khoảng 160 nhà máy chế biến rau quả quy mô công nghiệp, trong đó 38 nhà máy sản xuất nước ép và nước dừa với tổng công suất khoảng 1,1 triệu tấn sản phẩm/năm. Tuy nhiên, hiệu suất sử dụng mới đạt 55-60% công suất thiết kế. Việt Nam hiện đứng thứ 3 thế giới về xuất khẩu nước dừa, sau Thái Lan và Philippines.

Theo Quyết định số 1408/QĐ-BNN-CLCB phê duyệt Đề án phát triển chế biến rau quả, mục tiêu đến năm 2030 tỷ lệ rau quả được chế biến đạt ít nhất 30%, kim ngạch xuất khẩu nước ép đạt 1 tỷ USD. Dự báo năm 2025, xuất khẩu nước ép rau quả có thể đạt 380-400 triệu USD nhờ nhu cầu đồ uống tự nhiên tăng cao.

Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

HEAD = period("10 tháng", "2024-01-01", "2024-10-31")
TEN = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
OCT = period("Riêng tháng 10", "2024-10-01", "2024-10-31")
TO30 = period("đến năm 2030", None, "2030-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
KN = "kim ngạch xuất khẩu nước ép rau quả"

FIGS = [
    F("tăng gần 25%", "25", 25, "percent", "%", approx="nearly", subject="xuất khẩu nước ép rau quả", period=HEAD),
    F("ước đạt 285 triệu", "285", 285e6, "money", "USD", status="estimate",
      change=change("increase", 24.6, "%", "cùng kỳ năm 2023"), subject=KN, period=TEN),
    F("khoảng 172 triệu", "172", 172e6, "money", "USD", approx="about", total=285e6, percent=60.4,
      status="estimate", subject="kim ngạch xuất khẩu nước dừa đóng hộp", period=inherit(TEN)),
    F("chanh leo 41 triệu", "41", 41e6, "money", "USD", total=285e6, status="estimate",
      subject="kim ngạch xuất khẩu nước ép chanh leo", period=inherit(TEN)),
    F("khác 72 triệu", "72", 72e6, "money", "USD", total=285e6, status="estimate",
      subject="kim ngạch xuất khẩu nước ép xoài, ổi và trái cây nhiệt đới khác", period=inherit(TEN)),
    F("là bốn thị trường", "bốn", 4, "count", "thị trường", optional=True),
    F("chiếm 28%", "28", 28, "percent", "%", subject="tỷ trọng kim ngạch của thị trường Mỹ", period=inherit(TEN)),
    F("28%, 17%", "17", 17, "percent", "%", subject="tỷ trọng kim ngạch của thị trường Hàn Quốc",
      period=inherit(TEN)),
    F("17%, 14%", "14", 14, "percent", "%", subject="tỷ trọng kim ngạch của thị trường Trung Quốc",
      period=inherit(TEN)),
    F("và 9% kim ngạch", "9", 9, "percent", "%", subject="tỷ trọng kim ngạch của thị trường Hà Lan",
      period=inherit(TEN)),
    F("ước đạt 34 triệu", "34", 34e6, "money", "USD", status="estimate",
      change=change("increase", 5.2, "%", "tháng trước"), subject=f"{KN} tháng 10", period=OCT),
    F("tăng 31%", "31", 31, "percent", "%", status="estimate", subject=f"{KN} tháng 10 so với cùng kỳ",
      period=OCT, optional=True),
    F("khoảng 160 nhà máy", "160", 160, "count", "nhà máy", approx="about",
      subject="nhà máy chế biến rau quả quy mô công nghiệp"),
    F("trong đó 38 nhà máy", "38", 38, "count", "nhà máy", total=160,
      subject="nhà máy sản xuất nước ép và nước dừa"),
    F("khoảng 1,1 triệu", "1,1", 1.1e6, "measure", "tấn/năm", approx="about",
      subject="tổng công suất nhà máy sản xuất nước ép và nước dừa"),
    F("đạt 55-60%", "55", 55, "percent", "%", value_max=60, subject="hiệu suất sử dụng công suất thiết kế"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="xuất khẩu nước dừa"),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ rau quả được chế biến", period=TO30),
    F("đạt 1 tỷ USD", "1", 1e9, "money", "USD", status="target", subject="kim ngạch xuất khẩu nước ép",
      period=TO30),
    F("đạt 380-400 triệu", "380", 380e6, "money", "USD", value_max=400e6, status="forecast",
      subject="xuất khẩu nước ép rau quả", period=Y25),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national juice exports 10 months 2024. 'Ngày cập nhật: 15/11/2024 08:45' is the dateline.",
    "Distractors: 08:45, 'Quyết định số 1408/QĐ-BNN-CLCB', 'Số 2 Ngọc Hà'; '10 tháng' and 'tháng 10' are periods.",
    "Location Việt Nam throughout (cả nước, a ministry's national totals); Mỹ, Hàn Quốc, Trung Quốc, Hà Lan are trade partners.",
    "'Trong đó' parts after a sentence break → total 285 triệu USD, status estimate from the whole's 'ước đạt', period inherited.",
    "'lần lượt chiếm 28%, 17%, 14% và 9% kim ngạch' → four percent figures, each subject names its market; a new sentence",
    "with its own verb 'chiếm' and no cue → actual; period: the 10 months of the paragraph before (inherited).",
    "'bốn thị trường' names the group of the list (optional). 'tăng 5,2% so với tháng trước và tăng 31% so với cùng kỳ':",
    "the first is the change of 34 triệu USD, the second a percent figure of its own (optional by the contract).",
    "'đạt 55-60% công suất thiết kế' a percent range; 'đứng thứ 3 thế giới' a rank of Việt Nam.",
    "'mục tiêu đến năm 2030' → target, start null; 'Dự báo năm 2025 ... 380-400 triệu USD' → forecast, range with the multiplier after the second number.",
    "revised after the first run: 1,1 triệu tấn sản phẩm/năm → unit 'tấn/năm' (shortest noun phrase; cf. shared gold h07 'doanh nghiệp/1.000 dân').",
]

if __name__ == "__main__":
    write("p1283-4", TEXT, NOTES, FIGS, published="2024-11-15", location="Việt Nam")
