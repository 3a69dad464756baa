"""p1509-2: district portal (huyện Nam Trực, Nam Định): HTX dệt khăn Hồng Phát, results 2023 and plan 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM TRỰC
Tỉnh Nam Định

Trang chủ » Kinh tế » Công nghiệp - Tiểu thủ công nghiệp

HTX dệt khăn Hồng Phát: doanh thu năm 2023 tăng 14%

Thứ Năm, 18/01/2024 - 08:45

Năm 2023, Hợp tác xã Dệt khăn Hồng Phát (xã Nam Hồng) sản xuất 4,2 triệu chiếc khăn mặt và khăn tắm; doanh thu đạt 36,5 tỷ đồng, tăng 14% so với năm 2022, vượt 6% kế hoạch.

HTX hiện có 48 thành viên, tạo việc làm thường xuyên cho 135 lao động, trong đó hơn 90 lao động nữ; thu nhập bình quân 7,2 triệu đồng/người/tháng, cao hơn 0,8 triệu đồng so với năm trước.

Hai năm trước, HTX mạnh dạn đầu tư 18 máy dệt kiếm và một dây chuyền nhuộm, sấy với tổng vốn gần 9 tỷ đồng, trong đó vốn vay ưu đãi từ Quỹ Hỗ trợ phát triển HTX tỉnh là 2 tỷ đồng. Nhờ đó, năng suất tăng gấp 3 lần so với khung dệt cơ cũ.

Giám đốc HTX Trần Văn Lộc cho biết, khăn mặt của HTX có giá bán buôn từ 8.000 đến 15.000 đồng/chiếc, khăn tắm từ 45.000 đến 90.000 đồng/chiếc; khoảng 70% sản phẩm cung cấp cho các khách sạn, nhà hàng tại Hà Nội và Quảng Ninh. Năm 2024, HTX phấn đấu doanh thu đạt 40 tỷ đồng, xây thêm 1.500 m2 nhà xưởng và tuyển thêm 20-25 lao động.

Toàn huyện hiện có 3 HTX và 14 doanh nghiệp dệt khăn, thu hút gần 1.000 lao động. UBND huyện đã hỗ trợ HTX Hồng Phát xây dựng nhãn hiệu tập thể "Khăn Nam Hồng" và công nhận sản phẩm OCOP 3 sao.

Tin: Phòng Kinh tế và Hạ tầng

UBND HUYỆN NAM TRỰC
Địa chỉ: Số 9 đường Trần Hưng Đạo, thị trấn Nam Giang, huyện Nam Trực, tỉnh Nam Định
Điện thoại: 0228.3827.561
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("năm 2023 tăng 14%", "14", 14, "percent", "%", subject="doanh thu HTX dệt khăn Hồng Phát", period=H23),
    fig("4,2 triệu chiếc", "4,2", 4.2e6, "count", "chiếc",
        subject="khăn mặt và khăn tắm Hợp tác xã Dệt khăn Hồng Phát sản xuất", period=Y23),
    fig("đạt 36,5 tỷ", "36,5", 36.5e9, "money", "đồng", change=chg("increase", 14, "%", "năm 2022"),
        subject="doanh thu", period=Y23),
    fig("vượt 6%", "6", 6, "percent", "%", subject="doanh thu vượt kế hoạch", period=Y23, optional=True),
    fig("có 48 thành viên", "48", 48, "count", "thành viên", subject="thành viên HTX"),
    fig("cho 135 lao động", "135", 135, "count", "lao động", subject="lao động có việc làm thường xuyên"),
    fig("hơn 90 lao động", "90", 90, "count", "lao động", approx="over", total=135, subject="lao động nữ"),
    fig("quân 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng",
        change=chg("increase", 0.8e6, "đồng", "năm trước"), subject="thu nhập bình quân"),
    fig("18 máy dệt kiếm", "18", 18, "count", "máy dệt kiếm", subject="máy dệt kiếm HTX đầu tư"),
    fig("một dây chuyền", "một", 1, "count", "dây chuyền", subject="dây chuyền nhuộm, sấy HTX đầu tư"),
    fig("gần 9 tỷ", "9", 9e9, "money", "đồng", approx="nearly",
        subject="tổng vốn đầu tư máy dệt kiếm và dây chuyền nhuộm, sấy"),
    fig("là 2 tỷ", "2", 2e9, "money", "đồng", total=9e9,
        subject="vốn vay ưu đãi từ Quỹ Hỗ trợ phát triển HTX tỉnh"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="năng suất so với khung dệt cơ cũ"),
    fig("từ 8.000 đến 15.000", "8.000", 8000, "money", "đồng/chiếc", value_max=15000,
        subject="giá bán buôn khăn mặt của HTX"),
    fig("từ 45.000 đến 90.000", "45.000", 45000, "money", "đồng/chiếc", value_max=90000,
        subject="giá bán buôn khăn tắm"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="sản phẩm cung cấp cho các khách sạn, nhà hàng tại Hà Nội và Quảng Ninh"),
    fig("đạt 40 tỷ", "40", 40e9, "money", "đồng", status="target", subject="doanh thu HTX", period=Y24),
    fig("1.500 m2", "1.500", 1500, "measure", "m2", status="target", subject="nhà xưởng xây thêm",
        period=Y24),
    fig("20-25 lao động", "20", 20, "count", "lao động", value_max=25, status="target",
        subject="lao động tuyển thêm", period=Y24),
    fig("có 3 HTX", "3", 3, "count", "HTX", subject="HTX dệt khăn toàn huyện"),
    fig("14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp dệt khăn"),
    fig("gần 1.000 lao động", "1.000", 1000, "count", "lao động", approx="nearly",
        subject="lao động các HTX và doanh nghiệp dệt khăn thu hút"),
]

NOTES = [
    "District portal (huyện Nam Trực, tỉnh Nam Định): banner, breadcrumb, 'Thứ Năm, 18/01/2024 - 08:45' (published), footer.",
    "All figures are located in Nam Trực (the HTX stands in xã Nam Hồng of the district; a commune is not a location).",
    "Distractors: 08:45, 'Hai năm trước' (locates in time), 'OCOP 3 sao', 'Số 9 đường Trần Hưng Đạo', phone 0228.3827.561.",
    "'tăng 14% so với năm 2022, vượt 6% kế hoạch': two changes; the first is the change of 36,5 tỷ, the gap to plan",
    "'vượt 6%' is a percent figure of its own, optional per FIGURES.md ('each further one ... optional in the gold').",
    "'cao hơn 0,8 triệu đồng so với năm trước' is the wage's change in đồng. 'gấp 3 lần' stands alone as the claim: multiple.",
    "'trong đó ... là 2 tỷ đồng' after 'tổng vốn gần 9 tỷ đồng' is a part: total 9 tỷ. 'phấn đấu' governs the three 2024 figures.",
    "'HTX hiện có ...' paragraph has no period of its own (present stock); none given.",
]

if __name__ == "__main__":
    write("p1509-2", TEXT, NOTES, FIGS, published="2024-01-18", location="Nam Trực")
