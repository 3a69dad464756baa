"""p1131-4: ministry site (Bộ TT&TT, Cục PTTH&TTĐT), national figures on public game points, 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Cục Phát thanh, truyền hình và thông tin điện tử
Trang chủ > Tin tức > Quản lý trò chơi điện tử

Tăng cường quản lý điểm cung cấp dịch vụ trò chơi điện tử công cộng

Ngày đăng: 05/03/2024 | Lượt xem: 1.108

Theo báo cáo của các Sở Thông tin và Truyền thông, tính đến ngày 31/12/2023, cả nước có khoảng 26.300 điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp giấy chứng nhận, giảm khoảng 8% so với năm 2022. Các địa phương có nhiều điểm nhất lần lượt là Hà Nội (2.915 điểm), TP Hồ Chí Minh (2.640 điểm) và Thanh Hóa (1.322 điểm).

Năm 2023, các địa phương đã tiến hành 6.850 lượt kiểm tra, phát hiện 1.247 trường hợp vi phạm, xử phạt trên 9,6 tỷ đồng, tăng 1,4 tỷ đồng so với năm 2022. Trong số các vi phạm, hành vi hoạt động quá giờ quy định chiếm 41,5%, không có giấy chứng nhận chiếm 18,2%, để người dưới 18 tuổi chơi trò chơi không phù hợp độ tuổi chiếm 9,7%.

Đối với trò chơi trực tuyến, năm 2023 Bộ đã cấp 198 quyết định phê duyệt nội dung, kịch bản trò chơi điện tử G1, nâng tổng số trò chơi G1 được phê duyệt lên hơn 1.600 trò chơi. Doanh thu thị trường trò chơi điện tử năm 2023 ước đạt khoảng 11.400 tỷ đồng; Việt Nam đứng thứ 5 khu vực Đông Nam Á về doanh thu trò chơi.

Hiện mới có 27/63 tỉnh, thành phố ứng dụng phần mềm quản lý điểm cung cấp dịch vụ trò chơi điện tử công cộng. Mục tiêu đến năm 2025, 100% địa phương triển khai phần mềm này, kết nối với hệ thống định danh điện tử để kiểm soát độ tuổi người chơi.

Cơ quan chủ quản: Bộ Thông tin và Truyền thông
Địa chỉ: 18 Nguyễn Du, Hà Nội - Điện thoại: 024.3943.7328
"""

ASOF = per("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LIST = "điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp giấy chứng nhận"
SHARE = "tỷ lệ trong số các vi phạm của hành vi"

FIGS = [
    fig("khoảng 26.300 điểm", "26.300", 26300, "count", "điểm", approx="about", subject=LIST, period=ASOF,
        change=chg("decrease", 8, "%", "năm 2022", approx="about")),
    fig("Hà Nội (2.915 điểm)", "2.915", 2915, "count", "điểm", subject=LIST, period=inh(ASOF),
        location="Hà Nội"),
    fig("Minh (2.640 điểm)", "2.640", 2640, "count", "điểm", subject=LIST, period=inh(ASOF),
        location="TP Hồ Chí Minh"),
    fig("Thanh Hóa (1.322 điểm)", "1.322", 1322, "count", "điểm", subject=LIST, period=inh(ASOF),
        location="Thanh Hóa"),
    fig("tiến hành 6.850 lượt", "6.850", 6850, "count", "lượt kiểm tra", subject="lượt kiểm tra", period=Y23),
    fig("phát hiện 1.247 trường hợp", "1.247", 1247, "count", "trường hợp", subject="trường hợp vi phạm",
        period=Y23),
    fig("trên 9,6 tỷ", "9,6", 9600000000, "money", "đồng", approx="over", subject="tiền xử phạt",
        period=Y23, change=chg("increase", 1400000000, "đồng", "năm 2022")),
    fig("chiếm 41,5%", "41,5", 41.5, "percent", "%", subject=f"{SHARE} hoạt động quá giờ quy định",
        period=inh(Y23)),
    fig("chiếm 18,2%", "18,2", 18.2, "percent", "%", subject=f"{SHARE} không có giấy chứng nhận",
        period=inh(Y23)),
    fig("dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under", optional=True,
        subject="độ tuổi người chơi"),
    fig("chiếm 9,7%", "9,7", 9.7, "percent", "%",
        subject=f"{SHARE} để người dưới 18 tuổi chơi trò chơi không phù hợp độ tuổi", period=inh(Y23)),
    fig("cấp 198 quyết định", "198", 198, "count", "quyết định",
        subject="quyết định phê duyệt nội dung, kịch bản trò chơi điện tử G1", period=Y23b),
    fig("hơn 1.600 trò chơi", "1.600", 1600, "count", "trò chơi", approx="over",
        subject="tổng số trò chơi G1 được phê duyệt", period=Y23b),
    fig("khoảng 11.400 tỷ", "11.400", 11400000000000, "money", "đồng", approx="about", status="estimate",
        subject="doanh thu thị trường trò chơi điện tử", period=Y23b),
    fig("đứng thứ 5", "5", 5, "rank", "hạng", subject="doanh thu trò chơi khu vực Đông Nam Á",
        period=Y23b),
    fig("có 27/63", "27", 27, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố ứng dụng phần mềm quản lý điểm cung cấp dịch vụ trò chơi điện tử công cộng"),
    fig("2025, 100%", "100", 100, "percent", "%", status="target", period=T25,
        subject="tỷ lệ địa phương triển khai phần mềm quản lý"),
]

NOTES = [
    "Ministry site (Bộ TT&TT / Cục PTTH&TTĐT): national figures on public game points in 2023. 'Ngày đăng: 05/03/2024 | Lượt xem: 1.108'.",
    "Distractors: view counter, 'G1' (game class name, twice), address '18 Nguyễn Du', phone 024.3943.7328, 'đến năm 2025' (period).",
    "List 'lần lượt là Hà Nội (2.915 điểm), …': provinces to location, subject the list's indicator, period inherited (as-of in the previous sentence).",
    "'trên 9,6 tỷ đồng, tăng 1,4 tỷ đồng so với năm 2022' → change in đồng (multiplier applied). Shares of violations: percent figures.",
    "'ước đạt khoảng 11.400 tỷ' → estimate, about. 'đứng thứ 5' after ';' has its own verb → actual rank, period of its sentence.",
    "'hơn 1.600 trò chơi' is a running total reached in 2023: period of its sentence (năm 2023). '27/63' → total 63, 'Hiện' → no period.",
]

if __name__ == "__main__":
    write("p1131-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
