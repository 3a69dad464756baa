"""p1445-6: ministry site (Bộ Thông tin và Truyền thông): postal sector 9 months 2024, last-mile network, lockers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Bưu chính

Bưu chính 9 tháng: doanh thu ước đạt 55,3 nghìn tỷ đồng

14/10/2024 | 16:05 | Vụ Bưu chính

Theo báo cáo của Vụ Bưu chính, 9 tháng đầu năm 2024, doanh thu dịch vụ bưu chính toàn quốc ước đạt 55.300 tỷ đồng, tăng 17,2% so với cùng kỳ năm 2023, bằng 74% kế hoạch năm; sản lượng bưu gửi ước đạt 1,98 tỷ bưu gửi, tăng 27,4%.

Cả nước hiện có 912 doanh nghiệp được cấp giấy phép bưu chính, tăng 46 doanh nghiệp so với cuối năm 2023. Mạng lưới giao hàng chặng cuối gồm khoảng 18.700 điểm phục vụ bưu chính, hơn 5.200 điểm nhận hàng đặt tại cửa hàng tiện lợi và 3.640 tủ giao nhận hàng thông minh. Ba doanh nghiệp có số tủ lớn nhất lần lượt là Tổng công ty Bưu điện Việt Nam (1.180 tủ), Công ty cổ phần Giao Hàng Tín Việt (865 tủ) và Công ty TNHH Smartbox Việt (512 tủ).

Các doanh nghiệp bưu chính đang sử dụng khoảng 96.000 lao động, trong đó nhân viên giao hàng chiếm 63%. Tỷ lệ bưu gửi phát thành công ngay lần đầu đạt 92,5%, cao hơn 1,8 điểm phần trăm so với năm 2023.

Năm 2024, Bộ phấn đấu doanh thu dịch vụ bưu chính đạt 75.000 tỷ đồng. Thông tư số 22/2024/TT-BTTTT quy định kỹ thuật đối với tủ giao nhận hàng thông minh có hiệu lực từ ngày 01/01/2025. Bộ đặt mục tiêu đến năm 2025 cả nước có ít nhất 10.000 tủ, gấp hơn hai lần hiện nay.

BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Địa chỉ: 18 Nguyễn Du, quận Hai Bà Trưng, Hà Nội | Điện thoại: 024.3943.7328
"""

M9h = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("ước đạt 55,3 nghìn", "55,3", 55.3e12, "money", "đồng", status="estimate",
        subject="doanh thu bưu chính", period=M9h),
    fig("ước đạt 55.300 tỷ", "55.300", 55.3e12, "money", "đồng", status="estimate", percent=74,
        change=chg("increase", 17.2, "%", "cùng kỳ năm 2023"),
        subject="doanh thu dịch vụ bưu chính toàn quốc", period=M9),
    fig("ước đạt 1,98 tỷ", "1,98", 1.98e9, "count", "bưu gửi", status="estimate",
        change=chg("increase", 27.4, "%"), subject="sản lượng bưu gửi", period=M9),
    fig("có 912 doanh nghiệp", "912", 912, "count", "doanh nghiệp",
        change=chg("increase", 46, "doanh nghiệp", "cuối năm 2023"),
        subject="doanh nghiệp được cấp giấy phép bưu chính"),
    fig("khoảng 18.700 điểm", "18.700", 18700, "count", "điểm phục vụ bưu chính", approx="about",
        subject="điểm phục vụ bưu chính"),
    fig("hơn 5.200 điểm", "5.200", 5200, "count", "điểm nhận hàng", approx="over",
        subject="điểm nhận hàng đặt tại cửa hàng tiện lợi"),
    fig("và 3.640 tủ", "3.640", 3640, "count", "tủ", subject="tủ giao nhận hàng thông minh"),
    fig("Ba doanh nghiệp", "Ba", 3, "count", "doanh nghiệp", subject="doanh nghiệp có số tủ lớn nhất",
        optional=True),
    fig("(1.180 tủ)", "1.180", 1180, "count", "tủ", subject="số tủ của Tổng công ty Bưu điện Việt Nam"),
    fig("(865 tủ)", "865", 865, "count", "tủ", subject="số tủ của Công ty cổ phần Giao Hàng Tín Việt"),
    fig("(512 tủ)", "512", 512, "count", "tủ", subject="số tủ của Công ty TNHH Smartbox Việt"),
    fig("khoảng 96.000 lao động", "96.000", 96000, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp bưu chính sử dụng"),
    fig("chiếm 63%", "63", 63, "percent", "%", subject="tỷ lệ nhân viên giao hàng trong lao động bưu chính"),
    fig("đạt 92,5%", "92,5", 92.5, "percent", "%",
        change=chg("increase", 1.8, "điểm phần trăm", "năm 2023"),
        subject="tỷ lệ bưu gửi phát thành công ngay lần đầu", period=inh(M9)),
    fig("đạt 75.000 tỷ", "75.000", 75e12, "money", "đồng", status="target",
        subject="doanh thu dịch vụ bưu chính", period=Y24),
    fig("ít nhất 10.000 tủ", "10.000", 10000, "count", "tủ", approx="at_least", status="target",
        change=chg("increase", 2, "lần", "hiện nay", approx="over"),
        subject="tủ giao nhận hàng thông minh cả nước", period=T25),
]

NOTES = [
    "Ministry site (Bộ Thông tin và Truyền thông): breadcrumb, headline figure, '14/10/2024 | 16:05 | Vụ Bưu chính' (published), footer.",
    "Distractors: 16:05, Thông tư số 22/2024/TT-BTTTT, 'ngày 01/01/2025', 'lần đầu', '18 Nguyễn Du', 024.3943.7328, baselines.",
    "'55,3 nghìn tỷ đồng' = 55,3·10^12 (nghìn tỷ). 'ước đạt' governs its clause; the ';' clause 'sản lượng bưu gửi ước đạt' has its own cue.",
    "'bằng 74% kế hoạch năm' → percent of the revenue. 'tăng 27,4%' after 1,98 tỷ bưu gửi → change, no baseline stated.",
    "'gồm' list with no whole number: no totals. 'Ba doanh nghiệp' (the group) is optional. 'lần lượt' items: the firms are not places,",
    "so they stay in the subject (cf. 'vốn đăng ký cấp mới của Trung Quốc'); location Việt Nam.",
    "'trong đó nhân viên giao hàng chiếm 63%': a percent figure. 'cao hơn 1,8 điểm phần trăm so với năm 2023' → change in điểm phần trăm.",
    "'gấp hơn hai lần hiện nay' → change increase 2 lần (over) of the 10.000 tủ target.",
]

if __name__ == "__main__":
    write("p1445-6", TEXT, NOTES, FIGS, published="2024-10-14", location="Việt Nam")
