"""p509-5: Party newspaper (Báo Thái Bình style) — credit for agricultural cooperatives, 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Kinh tế tập thể - động lực mới ở nông thôn (Bài 2)
Vốn vay tiếp sức hợp tác xã nông nghiệp

Những năm gần đây, nguồn vốn tín dụng đã giúp nhiều hợp tác xã (HTX) nông nghiệp ở Thái Bình mạnh dạn đầu tư máy móc, kho bãi, mở rộng liên kết tiêu thụ.

Theo Ngân hàng Nhà nước chi nhánh tỉnh, tính đến 31/8/2024, dư nợ cho vay đối với các HTX nông nghiệp trên địa bàn đạt 156,4 tỷ đồng, tăng 21,5% so với cuối năm 2023, với 84 HTX đang có dư nợ. Trong đó, dư nợ cho vay theo Nghị định số 55/2015/NĐ-CP chiếm 62%.

Quỹ hỗ trợ phát triển HTX tỉnh từ năm 2021 đến nay đã giải ngân cho 32 dự án của HTX với tổng số tiền 18,9 tỷ đồng, mức vay bình quân gần 600 triệu đồng/dự án, lãi suất 0,5%/tháng. Tỷ lệ nợ quá hạn chỉ khoảng 0,3%.

Tại HTX dịch vụ nông nghiệp Vũ Hội (huyện Vũ Thư), khoản vay 1,2 tỷ đồng giúp HTX mua 3 máy cấy, 2 máy gặt đập liên hợp và xây dựng lò sấy công suất 30 tấn/mẻ. Nhờ đó, HTX mở rộng diện tích liên kết sản xuất lúa giống với doanh nghiệp lên 145 ha; doanh thu năm 2023 đạt 5,6 tỷ đồng, tăng 2,3 lần so với năm 2021. Theo ông Nguyễn Văn Thành, Giám đốc HTX, 312 hộ thành viên được chia lãi bình quân 1,8 triệu đồng/hộ.

Tuy vậy, theo Liên minh HTX tỉnh, vẫn còn khoảng 70% HTX nông nghiệp chưa tiếp cận được vốn vay do thiếu tài sản bảo đảm, phương án sản xuất, kinh doanh chưa khả thi.

MINH THU
12/9/2024
"""

ASOF = P("tính đến 31/8/2024", end="2024-08-31")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2024-09-12")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
VT = "Vũ Thư"

FIGS = [
    F("đạt 156,4 tỷ đồng", "156,4", 156.4e9, "money", "đồng", "dư nợ cho vay đối với các HTX nông nghiệp", ASOF,
      change=CH("increase", 21.5, "%", "cuối năm 2023")),
    F("với 84 HTX", "84", 84, "count", "HTX", "HTX đang có dư nợ", ASOF),
    F("chiếm 62%", "62", 62, "percent", "%", "tỷ trọng dư nợ cho vay theo Nghị định số 55/2015/NĐ-CP", INH(ASOF)),
    F("cho 32 dự án", "32", 32, "count", "dự án", "dự án của HTX được Quỹ hỗ trợ phát triển HTX tỉnh giải ngân", SINCE),
    F("tổng số tiền 18,9 tỷ đồng", "18,9", 18.9e9, "money", "đồng", "tổng số tiền Quỹ hỗ trợ phát triển HTX tỉnh giải ngân", SINCE),
    F("gần 600 triệu đồng/dự án", "600", 600e6, "money", "đồng/dự án", "mức vay bình quân", SINCE, approx="nearly"),
    F("lãi suất 0,5%/tháng", "0,5", 0.5, "percent", "%", "lãi suất cho vay của Quỹ hỗ trợ phát triển HTX tỉnh", SINCE),
    F("khoảng 0,3%", "0,3", 0.3, "percent", "%", "tỷ lệ nợ quá hạn", approx="about"),
    F("khoản vay 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "khoản vay của HTX dịch vụ nông nghiệp Vũ Hội", location=VT),
    F("mua 3 máy cấy", "3", 3, "count", "máy cấy", "máy cấy HTX mua", location=VT),
    F("2 máy gặt đập liên hợp", "2", 2, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp HTX mua", location=VT),
    F("công suất 30 tấn/mẻ", "30", 30, "measure", "tấn/mẻ", "công suất lò sấy", location=VT),
    F("lên 145 ha", "145", 145, "measure", "ha", "diện tích liên kết sản xuất lúa giống với doanh nghiệp", location=VT),
    F("đạt 5,6 tỷ đồng", "5,6", 5.6e9, "money", "đồng", "doanh thu của HTX Vũ Hội", Y23,
      change=CH("increase", 2.3, "lần", "năm 2021"), location=VT),
    F("312 hộ thành viên", "312", 312, "count", "hộ thành viên", "hộ thành viên được chia lãi", location=VT),
    F("bình quân 1,8 triệu đồng/hộ", "1,8", 1.8e6, "money", "đồng/hộ", "lãi chia bình quân cho hộ thành viên", location=VT),
    F("khoảng 70% HTX", "70", 70, "percent", "%", "tỷ lệ HTX nông nghiệp chưa tiếp cận được vốn vay", approx="about"),
]

COMMENTS = [
    "Party newspaper (Báo Thái Bình style), series headline '(Bài 2)', byline and bare date '12/9/2024' at the end: credit for HTX nông nghiệp.",
    "'tăng 21,5% so với cuối năm 2023' is the change of 156,4 tỷ; 'Trong đó, dư nợ … chiếm 62%' is a share with no number of its own to",
    "attach to, so a percent figure (not the percent of 156,4 tỷ). 'từ năm 2021 đến nay' runs to the date at the end.",
    "The Vũ Hội cooperative is in huyện Vũ Thư: its figures (also in the two sentences that follow about 'HTX') take location Vũ Thư.",
    "'tăng 2,3 lần so với năm 2021' is the change (lần) of 5,6 tỷ. '145 ha' stands before 'năm 2023' in another clause: no period.",
    "revised after the first run: subject of 18,9 tỷ was 'vốn Quỹ … giải ngân'; the sentence names it 'tổng số tiền' (as p509-4 does).",
    "Not figures: '(Bài 2)', Nghị định số 55/2015/NĐ-CP, dates, the byline.",
]

emit("p509-5", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Thái Bình")
