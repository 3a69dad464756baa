"""p572-4: Ministry (Bộ Công Thương) site, national market surveillance results 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """
BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ › Tin tức › Hoạt động của Bộ

Năm 2023, lực lượng Quản lý thị trường thu nộp ngân sách hơn 530 tỷ đồng

12/01/2024 | 10:35

Ngày 11/01/2024, tại trụ sở số 91 Đinh Tiên Hoàng, Hà Nội, Tổng cục Quản lý thị trường tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.

Theo báo cáo, năm 2023, lực lượng Quản lý thị trường cả nước đã kiểm tra 52.369 vụ, phát hiện và xử lý 44.563 vụ vi phạm, chiếm 85,1% số vụ kiểm tra. Trong đó, 9.127 vụ kinh doanh hàng giả, hàng xâm phạm quyền sở hữu trí tuệ và 1.084 vụ vi phạm trong thương mại điện tử, tăng 2,3 lần so với năm 2022.

Tổng số thu nộp ngân sách nhà nước đạt 532,6 tỷ đồng, giảm 12,4% so với năm 2022; trị giá hàng hóa vi phạm chưa xử lý trên 186 tỷ đồng. Các địa phương có số thu nộp lớn gồm TP. Hồ Chí Minh (68,2 tỷ đồng), Hà Nội (51,7 tỷ đồng) và Lạng Sơn (23,4 tỷ đồng). Hà Nội tiếp tục đứng thứ 2 cả nước về số vụ xử lý hàng giả.

Số đối tượng kinh doanh vi phạm trên mạng xã hội bị phát hiện năm 2023 gấp 3 lần năm 2021.

Tính đến ngày 31/12/2023, toàn lực lượng có 4.286 công chức, trong đó 3.102 công chức trực tiếp làm nhiệm vụ kiểm tra, kiểm soát. Hiện 63/63 Cục Quản lý thị trường các tỉnh, thành phố đã kết nối Hệ thống thông tin quản lý hồ sơ vụ việc theo Quyết định số 3311/QĐ-BCT.

Năm 2024, Tổng cục đặt mục tiêu giảm ít nhất 10% số vụ vi phạm về hàng giả so với năm 2023; phấn đấu đến năm 2025, 100% hồ sơ vụ việc được số hóa theo Nghị định số 98/2020/NĐ-CP.

Nguồn: Tổng cục Quản lý thị trường
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
AS_OF = per("Tính đến ngày 31/12/2023", end="2023-12-31")

FIGS = [
    fig("hơn 530 tỷ đồng", "530", 530_000_000_000, "money", "đồng", approx="over",
        subject="lực lượng Quản lý thị trường thu nộp ngân sách",
        period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("kiểm tra 52.369 vụ", "52.369", 52369, "count", "vụ",
        subject="vụ lực lượng Quản lý thị trường cả nước kiểm tra", period=Y23),
    fig("xử lý 44.563 vụ", "44.563", 44563, "count", "vụ", percent=85.1,
        subject="vụ vi phạm phát hiện và xử lý", period=Y23),
    fig("9.127 vụ", "9.127", 9127, "count", "vụ", total=44563,
        subject="vụ kinh doanh hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", period=inh(Y23)),
    fig("1.084 vụ", "1.084", 1084, "count", "vụ", total=44563,
        change=chg("increase", 2.3, unit="lần", baseline="năm 2022"),
        subject="vụ vi phạm trong thương mại điện tử", period=inh(Y23)),
    fig("đạt 532,6 tỷ đồng", "532,6", 532_600_000_000, "money", "đồng",
        change=chg("decrease", 12.4, baseline="năm 2022"),
        subject="tổng số thu nộp ngân sách nhà nước", period=inh(Y23)),
    fig("trên 186 tỷ đồng", "186", 186_000_000_000, "money", "đồng", approx="over",
        subject="trị giá hàng hóa vi phạm chưa xử lý", period=inh(Y23)),
    fig("(68,2 tỷ đồng)", "68,2", 68_200_000_000, "money", "đồng", subject="số thu nộp ngân sách",
        period=inh(Y23), location="TP. Hồ Chí Minh"),
    fig("(51,7 tỷ đồng)", "51,7", 51_700_000_000, "money", "đồng", subject="số thu nộp ngân sách",
        period=inh(Y23), location="Hà Nội"),
    fig("(23,4 tỷ đồng)", "23,4", 23_400_000_000, "money", "đồng", subject="số thu nộp ngân sách",
        period=inh(Y23), location="Lạng Sơn"),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="số vụ xử lý hàng giả",
        period=inh(Y23), location="Hà Nội"),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="số đối tượng kinh doanh vi phạm trên mạng xã hội bị phát hiện so với năm 2021",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("có 4.286 công chức", "4.286", 4286, "count", "công chức",
        subject="công chức toàn lực lượng Quản lý thị trường", period=AS_OF),
    fig("3.102 công chức", "3.102", 3102, "count", "công chức", total=4286,
        subject="công chức trực tiếp làm nhiệm vụ kiểm tra, kiểm soát", period=AS_OF),
    fig("63/63 Cục", "63", 63, "count", "Cục Quản lý thị trường", total=63,
        subject="Cục Quản lý thị trường các tỉnh, thành phố đã kết nối Hệ thống thông tin quản lý hồ sơ vụ việc"),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="giảm số vụ vi phạm về hàng giả so với năm 2023", period=Y24),
    fig("2025, 100%", "100", 100, "percent", "%", status="target",
        subject="hồ sơ vụ việc được số hóa", period=per("đến năm 2025", end="2025-12-31")),
]

COMMENTS = [
    "Bộ Công Thương site: Tổng cục QLTT national results 2023 (inspections, violations, e-commerce, budget receipts, provinces, staff, targets).",
    "Distractors: 'số 91 Đinh Tiên Hoàng', 'Quyết định số 3311/QĐ-BCT', 'Nghị định số 98/2020/NĐ-CP', datelines, baselines 'năm 2021/2022'.",
    "'chiếm 85,1% số vụ kiểm tra' is the share of 44.563 (no total: the 52.369 inspected is named only as the base of the share).",
    "'Trong đó, 9.127 … và 1.084 …' follow the 44.563 vụ: total 44563; 'tăng 2,3 lần so với năm 2022' is the change of 1.084 (unit lần).",
    "'Các địa phương … gồm TP. HCM (68,2 tỷ), …' follows no number: no total; places → location. 'gấp 3 lần năm 2021' stands alone: multiple.",
    "'Tính đến ngày 31/12/2023' is an as-of period; 'Hiện 63/63' has no period. 'đến năm 2025' target ends 2025-12-31 (start null).",
    "Location Việt Nam (national figures) except the listed provinces.",
]

if __name__ == "__main__":
    emit("p572-4", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Việt Nam")
