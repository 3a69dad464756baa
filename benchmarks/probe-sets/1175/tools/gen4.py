"""p1175-4: ministry site (Bộ GTVT / Cục Đường thủy nội địa Việt Nam): national bến khách ngang sông, 8 months 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Đường thủy nội địa

Tăng cường bảo đảm an toàn tại bến khách ngang sông mùa mưa lũ

Ngày đăng: 09/09/2023 | Lượt xem: 1.084

Theo Cục Đường thủy nội địa Việt Nam, tính đến hết tháng 8/2023, cả nước có khoảng 3.900 bến khách ngang sông, trong đó hơn 2.700 bến đã được cấp phép, chiếm khoảng 70%. Các địa phương có nhiều bến nhất lần lượt là An Giang (302 bến), Đồng Tháp (226 bến), Cà Mau (211 bến) và Sóc Trăng (187 bến).

Số phương tiện chở khách ngang sông khoảng 8.600 chiếc, trong đó gần 1.500 phương tiện có sức chở dưới 5 người chưa đăng ký. 8 tháng năm 2023, cả nước xảy ra 11 vụ tai nạn tại các bến khách ngang sông, làm chết 9 người, bị thương 6 người; so với cùng kỳ năm 2022 giảm 3 vụ, giảm 2 người chết.

Để bảo đảm an toàn trong mùa mưa lũ, Bộ GTVT đề nghị UBND các tỉnh, thành phố chỉ đạo kiểm tra 100% bến khách ngang sông trước ngày 30/9/2023; kiên quyết đình chỉ hoạt động các bến không bảo đảm an toàn. Cục đã phối hợp với các địa phương tổ chức 64 lớp tập huấn cho hơn 3.200 người lái phương tiện, chủ bến; cấp miễn phí gần 12.000 áo phao cho 27 tỉnh, thành phố.

Theo kế hoạch, giai đoạn 2023-2025, Bộ phối hợp với các địa phương hỗ trợ xây dựng khoảng 160 cầu dân sinh thay thế các bến đò ngang có lưu lượng trên 500 lượt khách/ngày, tổng kinh phí dự kiến hơn 1.100 tỷ đồng.

Cục Đường thủy nội địa Việt Nam - Số 5 Nguyễn Chí Thanh, Đống Đa, Hà Nội - Điện thoại: 024.3835.6644
"""

ASOF = per("tính đến hết tháng 8/2023", None, "2023-08-31")
M8 = per("8 tháng năm 2023", "2023-01-01", "2023-08-31")
PLAN = per("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")
LIST = "bến khách ngang sông"

FIGS = [
    fig("khoảng 3.900 bến", "3.900", 3900, "count", "bến", approx="about", subject="bến khách ngang sông",
        period=ASOF),
    fig("hơn 2.700 bến", "2.700", 2700, "count", "bến", approx="over", total=3900, percent=70,
        subject="bến khách ngang sông đã được cấp phép", period=ASOF),
    fig("An Giang (302 bến)", "302", 302, "count", "bến", subject=LIST, period=inh(ASOF), location="An Giang"),
    fig("Đồng Tháp (226 bến)", "226", 226, "count", "bến", subject=LIST, period=inh(ASOF), location="Đồng Tháp"),
    fig("Cà Mau (211 bến)", "211", 211, "count", "bến", subject=LIST, period=inh(ASOF), location="Cà Mau"),
    fig("Sóc Trăng (187 bến)", "187", 187, "count", "bến", subject=LIST, period=inh(ASOF), location="Sóc Trăng"),
    fig("khoảng 8.600 chiếc", "8.600", 8600, "count", "chiếc", approx="about",
        subject="phương tiện chở khách ngang sông", period=inh(ASOF)),
    fig("gần 1.500 phương tiện", "1.500", 1500, "count", "phương tiện", approx="nearly", total=8600,
        subject="phương tiện có sức chở dưới 5 người chưa đăng ký", period=inh(ASOF)),
    fig("dưới 5 người", "5", 5, "measure", "người", approx="under", subject="sức chở phương tiện", optional=True),
    fig("11 vụ", "11", 11, "count", "vụ", change=chg("decrease", 3, "vụ", "cùng kỳ năm 2022"),
        subject="tai nạn tại các bến khách ngang sông", period=M8),
    fig("chết 9 người", "9", 9, "count", "người", change=chg("decrease", 2, "người", "cùng kỳ năm 2022"),
        subject="người chết do tai nạn tại các bến khách ngang sông", period=M8),
    fig("thương 6 người", "6", 6, "count", "người", subject="người bị thương do tai nạn tại các bến khách ngang sông",
        period=M8),
    fig("kiểm tra 100%", "100", 100, "percent", "%", status="target",
        subject="bến khách ngang sông được kiểm tra"),
    fig("64 lớp", "64", 64, "count", "lớp", subject="lớp tập huấn cho người lái phương tiện, chủ bến"),
    fig("hơn 3.200 người", "3.200", 3200, "count", "người lái phương tiện, chủ bến", approx="over",
        subject="người lái phương tiện, chủ bến được tập huấn"),
    fig("gần 12.000 áo phao", "12.000", 12000, "count", "áo phao", approx="nearly", subject="áo phao cấp miễn phí"),
    fig("27 tỉnh", "27", 27, "count", "tỉnh, thành phố", subject="tỉnh, thành phố được cấp miễn phí áo phao"),
    fig("khoảng 160 cầu", "160", 160, "count", "cầu dân sinh", approx="about", status="target",
        subject="cầu dân sinh thay thế các bến đò ngang hỗ trợ xây dựng", period=PLAN),
    fig("trên 500 lượt", "500", 500, "measure", "lượt khách/ngày", approx="over",
        subject="lưu lượng bến đò ngang", optional=True),
    fig("hơn 1.100 tỷ", "1.100", 1100000000000, "money", "đồng", approx="over", status="forecast",
        subject="tổng kinh phí xây dựng cầu dân sinh thay thế bến đò ngang", period=PLAN),
]

NOTES = [
    "Ministry site (Bộ GTVT, news of Cục Đường thủy nội địa Việt Nam), national: 'Ngày đăng: 09/09/2023 | Lượt xem: 1.084', address and phone footer.",
    "Distractors: view counter 1.084, 'trước ngày 30/9/2023' (deadline), 'giai đoạn 2023-2025', 'Số 5 Nguyễn Chí Thanh', phone 024.3835.6644.",
    "List 'lần lượt là An Giang (302 bến) ...' shares the indicator; provinces go to location; a ranking, not a breakdown: no total.",
    "Thresholds 'sức chở dưới 5 người', 'lưu lượng trên 500 lượt khách/ngày' define categories (optional).",
    "'so với cùng kỳ năm 2022 giảm 3 vụ, giảm 2 người chết' → change of 11 vụ and of 9 người (by unit); 6 người bị thương has none.",
    "'đề nghị ... chỉ đạo kiểm tra 100% bến' is a required level, not a result: status target. 'Theo kế hoạch' → target; 'kinh phí dự kiến' → forecast.",
    "Year-less periods: none; '8 tháng năm 2023' = 2023-01-01..2023-08-31. 'Cục đã ... tổ chức 64 lớp' states no period.",
]

if __name__ == "__main__":
    write("p1175-4", TEXT, NOTES, FIGS, published="2023-09-09", location="Việt Nam")
