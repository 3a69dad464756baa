"""p1259-5: Party newspaper (Báo Gia Lai, GLO): a protection-forest board in Chư Prông using satellite alerts."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Gia Lai điện tử > Kinh tế > Nông - Lâm nghiệp

Chư Prông: "Mắt thần" vệ tinh giúp giữ rừng phòng hộ

Cập nhật: 18-06-2024, 07:15

(GLO)- Nhờ phần mềm cảnh báo mất rừng sử dụng ảnh vệ tinh, Ban quản lý rừng phòng hộ Ia Meur (huyện Chư Prông) đã phát hiện sớm các vụ phát dọn, lấn chiếm đất rừng, giảm mạnh diện tích rừng bị thiệt hại.

Ban quản lý rừng phòng hộ Ia Meur đang quản lý 12.846 ha rừng và đất rừng trên địa bàn 3 xã. Từ tháng 3/2023, đơn vị được Chi cục Kiểm lâm tỉnh chuyển giao phần mềm sử dụng ảnh Sentinel-2 độ phân giải 10 m, cứ 5 ngày cập nhật một lần.

Trong 5 tháng đầu năm 2024, phần mềm đã gửi về 37 cảnh báo; qua kiểm tra, 29/37 cảnh báo là biến động thật, trong đó 6 cảnh báo do phát dọn, lấn chiếm đất rừng tại tiểu khu 812 và 815 với diện tích gần 4,3 ha. So với trước đây, thời gian phát hiện vi phạm đã rút ngắn còn khoảng 3-5 ngày.

Ông Nguyễn Văn Thắng, Giám đốc Ban, cho biết đơn vị có 28 viên chức, người lao động, chia thành 6 tổ; mỗi tổ phụ trách bình quân hơn 2.100 ha. "Trước đây anh em phải đi bộ hai ngày mới tới được điểm nghi vấn, nay có tọa độ chính xác nên chỉ mất vài giờ", ông Thắng nói.

Năm 2023, đơn vị nhận hơn 3,2 tỷ đồng tiền dịch vụ môi trường rừng, đơn giá bình quân khoảng 410.000 đồng/ha/năm; 312 hộ nhận khoán bảo vệ rừng có thu nhập thêm từ 8 đến 10 triệu đồng/hộ/năm. Đơn vị đã lần thứ 3 được UBND tỉnh tặng Bằng khen về công tác bảo vệ rừng.

Theo Chi cục Kiểm lâm tỉnh, hiện toàn tỉnh Gia Lai có 22 chủ rừng là tổ chức sử dụng phần mềm này. Năm 2024, tỉnh phấn đấu trồng mới 7.000 ha rừng và giữ tỷ lệ che phủ rừng trên 41%.

NGUYỄN HOÀI
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
GL = "Gia Lai"

FIGS = [
    fig("quản lý 12.846 ha", "12.846", 12846, "measure", "ha", subject="rừng và đất rừng Ban quản lý"),
    fig("địa bàn 3 xã", "3", 3, "count", "xã", subject="xã có rừng Ban quản lý"),
    fig("phân giải 10 m", "10", 10, "measure", "m", subject="độ phân giải ảnh Sentinel-2"),
    fig("cứ 5 ngày", "5", 5, "measure", "ngày", subject="chu kỳ cập nhật ảnh của phần mềm"),
    fig("về 37 cảnh báo", "37", 37, "count", "cảnh báo", subject="cảnh báo phần mềm gửi về", period=M5),
    fig("29/37 cảnh báo", "29", 29, "count", "cảnh báo", total=37, subject="cảnh báo là biến động thật",
        period=M5),
    fig("đó 6 cảnh báo", "6", 6, "count", "cảnh báo", total=29,
        subject="cảnh báo do phát dọn, lấn chiếm đất rừng", period=M5),
    fig("gần 4,3 ha", "4,3", 4.3, "measure", "ha", approx="nearly",
        subject="diện tích phát dọn, lấn chiếm đất rừng", period=M5),
    fig("khoảng 3-5 ngày", "3", 3, "measure", "ngày", value_max=5, approx="about",
        subject="thời gian phát hiện vi phạm"),
    fig("có 28 viên chức", "28", 28, "count", "viên chức, người lao động", subject="viên chức, người lao động của đơn vị"),
    fig("thành 6 tổ", "6", 6, "count", "tổ", subject="tổ của đơn vị"),
    fig("hơn 2.100 ha", "2.100", 2100, "measure", "ha", approx="over", subject="diện tích mỗi tổ phụ trách bình quân"),
    fig("đi bộ hai ngày", "hai", 2, "measure", "ngày", subject="thời gian đi bộ tới điểm nghi vấn trước đây"),
    fig("hơn 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", approx="over",
        subject="tiền dịch vụ môi trường rừng đơn vị nhận", period=Y23),
    fig("khoảng 410.000 đồng", "410.000", 410000, "money", "đồng/ha/năm", approx="about",
        subject="đơn giá dịch vụ môi trường rừng bình quân", period=Y23),
    fig("312 hộ", "312", 312, "count", "hộ", subject="hộ nhận khoán bảo vệ rừng", period=Y23),
    fig("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/hộ/năm", value_max=10e6,
        subject="thu nhập thêm của hộ nhận khoán bảo vệ rừng", period=Y23),
    fig("có 22 chủ rừng", "22", 22, "count", "chủ rừng", subject="chủ rừng là tổ chức sử dụng phần mềm",
        location=GL),
    fig("mới 7.000 ha", "7.000", 7000, "measure", "ha", status="target", subject="diện tích trồng mới rừng",
        period=Y24, location=GL),
    fig("trên 41%", "41", 41, "percent", "%", approx="over", status="target", subject="tỷ lệ che phủ rừng",
        period=Y24, location=GL),
]

NOTES = [
    "Party newspaper (Báo Gia Lai): breadcrumb, 'Cập nhật: 18-06-2024, 07:15', tag '(GLO)-', sapo, quote, byline at the end.",
    "Distractors: 07:15, 'Sentinel-2', 'tháng 3/2023', 'tiểu khu 812 và 815' (forest compartment names), 'lần thứ 3', 'một lần' in 'cứ 5 ngày cập nhật một lần'.",
    "The board's figures are located in Chư Prông (the district named with it; default); the province's in the last paragraph are Gia Lai.",
    "'29/37 cảnh báo' → total 37; 'trong đó 6 cảnh báo' (same unit) → total 29. Resolution '10 m' and update cycle '5 ngày' are measures.",
    "'mỗi tổ phụ trách bình quân hơn 2.100 ha' is an area per team: unit 'ha'. 'đi bộ hai ngày' (quoted) is a measure in days.",
    "Rates keep their denominators: 'đồng/ha/năm', 'đồng/hộ/năm'. 'phấn đấu' governs both targets of the last sentence.",
]

if __name__ == "__main__":
    write("p1259-5", TEXT, NOTES, FIGS, published="2024-06-18", location="Chư Prông")
