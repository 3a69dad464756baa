"""p1431-2: district portal (huyện Hàm Yên, Tuyên Quang): large-timber plantations, FSC cooperative, 2023 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÀM YÊN - TỈNH TUYÊN QUANG
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội | Liên hệ

Hàm Yên: Hướng đi bền vững từ rừng gỗ lớn

20/06/2023 - 10:12

Huyện Hàm Yên hiện có 72.450 ha rừng, trong đó rừng trồng sản xuất 38.600 ha, chủ yếu là keo lai BV10 và bạch đàn; tỷ lệ che phủ rừng đạt 66,2%.

Thực hiện Nghị quyết số 09-NQ/HU của Ban Chấp hành Đảng bộ huyện, từ năm 2019 đến nay, huyện đã chuyển hóa 1.250 ha rừng trồng gỗ nhỏ sang kinh doanh gỗ lớn, kéo dài chu kỳ khai thác từ 5-6 năm lên 10-12 năm. Rừng gỗ lớn cho sản lượng bình quân 180-200 m3/ha, giá bán cao gấp 1,5-2 lần gỗ nhỏ.

Hợp tác xã Lâm nghiệp Thành Công ở xã Thái Sơn có 45 thành viên, quản lý 620 ha rừng trồng đã được cấp chứng chỉ FSC. Năm 2022, hợp tác xã khai thác 9.800 m3 gỗ, doanh thu đạt 11,4 tỷ đồng, lãi 1,6 tỷ đồng; thu nhập bình quân của người lao động 7,5 triệu đồng/người/tháng. Theo ông Bàn Văn Quý, Giám đốc hợp tác xã, gỗ keo có chứng chỉ FSC bán được giá cao hơn 10-15% so với gỗ thông thường.

Năm 2023, huyện phấn đấu trồng mới 3.200 ha rừng tập trung, trong đó 400 ha rừng gỗ lớn. Đến hết tháng 6/2023, toàn huyện đã trồng được 1.870 ha, đạt 58,4% kế hoạch. Mục tiêu đến năm 2025, huyện có ít nhất 5.000 ha rừng được cấp chứng chỉ FSC và hai nhà máy chế biến gỗ sâu.

Nguồn: Phòng Nông nghiệp và PTNT huyện

UBND HUYỆN HÀM YÊN
Địa chỉ: Tổ dân phố Tân Bình, thị trấn Tân Yên, huyện Hàm Yên, tỉnh Tuyên Quang
Điện thoại: 0207.3880.125
"""

SINCE = per("từ năm 2019 đến nay", "2019-01-01", "2023-06-20")
Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Đến hết tháng 6/2023", None, "2023-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 72.450 ha", "72.450", 72450, "measure", "ha", subject="diện tích rừng của huyện"),
    fig("sản xuất 38.600 ha", "38.600", 38600, "measure", "ha", total=72450,
        subject="diện tích rừng trồng sản xuất"),
    fig("đạt 66,2%", "66,2", 66.2, "percent", "%", subject="tỷ lệ che phủ rừng"),
    fig("chuyển hóa 1.250 ha", "1.250", 1250, "measure", "ha",
        subject="diện tích rừng trồng gỗ nhỏ chuyển hóa sang kinh doanh gỗ lớn", period=SINCE),
    fig("từ 5-6 năm", "5", 5, "measure", "năm", value_max=6,
        subject="chu kỳ khai thác rừng gỗ nhỏ", optional=True),
    fig("lên 10-12 năm", "10", 10, "measure", "năm", value_max=12,
        subject="chu kỳ khai thác rừng gỗ lớn"),
    fig("bình quân 180-200", "180", 180, "measure", "m3/ha", value_max=200,
        subject="sản lượng bình quân rừng gỗ lớn"),
    fig("gấp 1,5-2 lần", "1,5", 1.5, "multiple", "lần", value_max=2,
        subject="giá bán gỗ lớn so với gỗ nhỏ"),
    fig("có 45 thành viên", "45", 45, "count", "thành viên",
        subject="thành viên Hợp tác xã Lâm nghiệp Thành Công"),
    fig("quản lý 620 ha", "620", 620, "measure", "ha",
        subject="diện tích rừng trồng được cấp chứng chỉ FSC hợp tác xã quản lý"),
    fig("khai thác 9.800 m3", "9.800", 9800, "measure", "m3", subject="gỗ hợp tác xã khai thác", period=Y22),
    fig("đạt 11,4 tỷ", "11,4", 11.4e9, "money", "đồng", subject="doanh thu của hợp tác xã", period=Y22),
    fig("lãi 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", subject="lãi của hợp tác xã", period=Y22),
    fig("động 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của người lao động hợp tác xã", period=Y22),
    fig("cao hơn 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="giá gỗ keo có chứng chỉ FSC so với gỗ thông thường"),
    fig("mới 3.200 ha", "3.200", 3200, "measure", "ha", status="target",
        subject="diện tích rừng tập trung trồng mới", period=Y23),
    fig("trong đó 400 ha", "400", 400, "measure", "ha", status="target", total=3200,
        subject="diện tích rừng gỗ lớn trồng mới", period=Y23),
    fig("được 1.870 ha", "1.870", 1870, "measure", "ha", percent=58.4,
        subject="diện tích rừng trồng được", period=ASOF),
    fig("ít nhất 5.000 ha", "5.000", 5000, "measure", "ha", approx="at_least", status="target",
        subject="diện tích rừng được cấp chứng chỉ FSC", period=T25),
    fig("và hai nhà máy", "hai", 2, "count", "nhà máy", status="target",
        subject="nhà máy chế biến gỗ sâu", period=T25),
]

NOTES = [
    "District portal (huyện Hàm Yên, Tuyên Quang): banner with the district, menu, '20/06/2023 - 10:12' under the headline, 'Nguồn:', address footer.",
    "Distractors: 10:12, clone name 'keo lai BV10', Nghị quyết số 09-NQ/HU, phone 0207.3880.125, the address.",
    "Location: every figure is the district's (Hàm Yên); the cooperative stands in xã Thái Sơn of the district.",
    "'kéo dài chu kỳ khai thác từ 5-6 năm lên 10-12 năm': a rotation length is a measure (a fact, not a date); the new one is required,",
    "the old one optional (as in earlier sets' 'từ X lên Y'). Neither has a period: 'từ năm 2019 đến nay' dates the conversion, not the cycle.",
    "'giá bán cao gấp 1,5-2 lần gỗ nhỏ' with no base amount → a multiple figure (range). 'cao hơn 10-15% so với gỗ thông thường' → percent figure.",
    "'Năm 2022, ...; thu nhập bình quân ...' is one sentence: period 2022 for all four figures.",
    "'trong đó 400 ha' → total 3.200 (target). 'Đến hết tháng 6/2023' is an as-of date (start null). 'Mục tiêu đến năm 2025' governs both",
    "figures of its sentence (ít nhất 5.000 ha; hai nhà máy).",
]

if __name__ == "__main__":
    write("p1431-2", TEXT, NOTES, FIGS, published="2023-06-20", location="Hàm Yên")
