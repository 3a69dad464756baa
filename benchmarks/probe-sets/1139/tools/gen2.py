"""p1139-2: district portal (huyện Lương Sơn, Hòa Bình): registrations, flat-tax households, one converted workshop."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LƯƠNG SƠN
Trang chủ | Tin tức | Chính quyền | Công khai | Hỏi đáp

Khuyến khích hộ kinh doanh chuyển đổi lên doanh nghiệp

Ngày đăng: 12/06/2024 | Chuyên mục: Kinh tế

Theo Phòng Tài chính - Kế hoạch huyện, 5 tháng đầu năm 2024, huyện đã cấp giấy chứng nhận đăng ký cho 126 hộ kinh doanh, tăng 18 hộ so với cùng kỳ. Hiện toàn huyện có 3.412 hộ kinh doanh đang hoạt động, trong đó 2.980 hộ nộp thuế theo phương pháp khoán. Số thuế thu từ hộ kinh doanh 5 tháng ước đạt 9,6 tỷ đồng, bằng 43,5% dự toán năm. Trong cùng thời gian, 37 hộ tạm ngừng hoặc chấm dứt hoạt động; Chi cục Thuế khu vực đã rà soát 215 hộ có doanh thu trên 1 tỷ đồng/năm để hướng dẫn sử dụng hóa đơn điện tử.

Tại xã Hòa Sơn, hộ kinh doanh của bà Bùi Thị Hạnh chuyên sản xuất đồ gỗ mỹ nghệ đã chuyển đổi thành Công ty TNHH Hạnh Phát từ tháng 3/2024 với vốn điều lệ 2,5 tỷ đồng. Công ty hiện có 14 lao động, trong đó 9 người là lao động địa phương, thu nhập bình quân 7,2 triệu đồng/người/tháng. Bà Hạnh cho biết, sau khi lên doanh nghiệp, công ty thuê thêm hai nhân viên kế toán, được tư vấn miễn phí thủ tục và dễ ký hợp đồng với các đối tác lớn; doanh thu năm 2023 của cơ sở đạt khoảng 6,8 tỷ đồng.

Năm 2024, huyện Lương Sơn phấn đấu có 15 hộ kinh doanh chuyển đổi lên doanh nghiệp. Tính đến hết tháng 5/2024, đã có 6 hộ hoàn thành thủ tục, đạt 40% kế hoạch. Mỗi hộ chuyển đổi được huyện hỗ trợ từ 5 đến 10 triệu đồng chi phí tư vấn, kế toán trong năm đầu hoạt động.

Phòng Tài chính - Kế hoạch: số 6 đường Trần Phú, thị trấn Lương Sơn; điện thoại 0218.3824.117.
Tác giả: Minh Anh | Lượt xem: 684
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5B = per("5 tháng", "2024-01-01", "2024-05-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến hết tháng 5/2024", None, "2024-05-31")

FIGS = [
    fig("cho 126 hộ", "126", 126, "count", "hộ kinh doanh",
        "hộ kinh doanh được cấp giấy chứng nhận đăng ký", M5,
        change=chg("increase", 18, "hộ", "cùng kỳ")),
    fig("có 3.412 hộ", "3.412", 3412, "count", "hộ kinh doanh", "hộ kinh doanh đang hoạt động"),
    fig("2.980 hộ", "2.980", 2980, "count", "hộ",
        "hộ kinh doanh nộp thuế theo phương pháp khoán", total=3412),
    fig("ước đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", "số thuế thu từ hộ kinh doanh", M5B,
        percent=43.5, status="estimate"),
    fig("37 hộ", "37", 37, "count", "hộ", "hộ tạm ngừng hoặc chấm dứt hoạt động", inh(M5)),
    fig("rà soát 215 hộ", "215", 215, "count", "hộ", "hộ có doanh thu trên 1 tỷ đồng/năm được rà soát", inh(M5)),
    fig("trên 1 tỷ", "1", 1e9, "money", "đồng/năm", "ngưỡng doanh thu", approx="over", optional=True),
    fig("vốn điều lệ 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", "vốn điều lệ Công ty TNHH Hạnh Phát"),
    fig("có 14 lao động", "14", 14, "count", "lao động", "lao động của công ty"),
    fig("9 người", "9", 9, "count", "người", "lao động địa phương của công ty", total=14),
    fig("7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động của công ty"),
    fig("hai nhân viên", "hai", 2, "count", "nhân viên kế toán", "nhân viên kế toán công ty thuê thêm"),
    fig("khoảng 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", "doanh thu của cơ sở", Y23, approx="about"),
    fig("có 15 hộ", "15", 15, "count", "hộ kinh doanh", "hộ kinh doanh chuyển đổi lên doanh nghiệp", Y24,
        status="target"),
    fig("có 6 hộ", "6", 6, "count", "hộ", "hộ hoàn thành thủ tục chuyển đổi lên doanh nghiệp", ASOF,
        percent=40),
    fig("từ 5 đến 10 triệu", "5", 5e6, "money", "đồng/hộ",
        "hỗ trợ chi phí tư vấn, kế toán cho hộ chuyển đổi", value_max=10e6),
]

NOTES = [
    "District portal (huyện Lương Sơn, Hòa Bình): 'Ngày đăng: 12/06/2024', menu bar, author and view counter at the end. Default location: the district.",
    "Distractors: 'số 6 đường Trần Phú', phone 0218.3824.117, 'Lượt xem: 684', 'từ tháng 3/2024' (date of the conversion), 'năm đầu hoạt động'.",
    "'Hiện' stock and the workshop portrait get no period (the conversion date 'từ tháng 3/2024' locates the event, not the capital: left null, so unscored).",
    "'Trong cùng thời gian' refers back to the 5 months: inherited. 'trên 1 tỷ đồng/năm' is the threshold that defines the group: optional.",
    "'tăng 18 hộ so với cùng kỳ' is the change of 126; 'ước đạt ... bằng 43,5% dự toán năm' → estimate with percent 43.5.",
    "'trong đó 2.980 hộ' and 'trong đó 9 người' are parts (total 3.412 / 14). 'hai nhân viên' is a number word.",
    "'đạt 40% kế hoạch' is the share of 6 hộ against the 15 planned: percent 40. Support 'Mỗi hộ ... từ 5 đến 10 triệu đồng' is a standing rule: no period.",
]

if __name__ == "__main__":
    write("p1139-2", TEXT, NOTES, FIGS, published="2024-06-12", location="Lương Sơn")
