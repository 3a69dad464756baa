"""p1129-1: province portal (Đồng Tháp), guava area, yields, VietGAP, co-operatives, prices, a farm in Lai Vung."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP
Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp
Cập nhật: 14/08/2024 10:15 | Lượt xem: 2.318

Đồng Tháp: Hơn 2.400 ha ổi cho thu nhập ổn định

Theo Sở Nông nghiệp và Phát triển nông thôn, 7 tháng đầu năm, diện tích ổi toàn tỉnh đạt 2.430 ha, tăng 135 ha so với cùng kỳ; trong đó diện tích cho trái khoảng 2.050 ha, tập trung ở các huyện Lai Vung, Cao Lãnh, Châu Thành và thành phố Sa Đéc. Năng suất bình quân ước đạt 32 tấn/ha/năm; sản lượng ước đạt 38.600 tấn, bằng 58,5% kế hoạch năm.

Toàn tỉnh hiện có 412 ha ổi được chứng nhận VietGAP, chiếm 17% diện tích; 9 hợp tác xã và 14 tổ hợp tác trồng ổi với hơn 600 thành viên. Giá ổi tại vườn dao động từ 8.000 đến 12.000 đồng/kg, riêng ổi ruột đỏ 15.000 đồng/kg. Với mức giá này, mỗi ha ổi cho lợi nhuận từ 180 đến 250 triệu đồng/năm, cao gấp 3 lần trồng lúa.

Tại xã Tân Phước, huyện Lai Vung, gia đình ông Nguyễn Văn Tâm trồng 1,5 ha ổi lê Đài Loan theo tiêu chuẩn VietGAP, cách Quốc lộ 80 không xa. Mỗi tháng vườn cho thu hoạch khoảng 6 tấn trái, trong đó hai tấn giao cho siêu thị ở TP Cần Thơ. Sau khi trừ chi phí, ông lãi hơn 400 triệu đồng mỗi năm và tạo việc làm thường xuyên cho 5 lao động địa phương với tiền công 250.000 đồng/người/ngày.

Thời gian tới, tỉnh phấn đấu đến năm 2025 nâng diện tích ổi đạt chuẩn VietGAP lên 600 ha, cấp thêm 5 mã số vùng trồng phục vụ xuất khẩu.

Văn phòng Sở NN&PTNT: số 12 đường 30/4, phường 1, TP Cao Lãnh - ĐT: 0277.3851.478
"""

M7 = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
T25 = per("đến năm 2025", None, "2025-12-31")
LV = "Lai Vung"

FIGS = [
    fig("Hơn 2.400 ha", "2.400", 2400, "measure", "ha", approx="over", subject="diện tích ổi"),
    fig("đạt 2.430 ha", "2.430", 2430, "measure", "ha", change=chg("increase", 135, "ha", "cùng kỳ"),
        subject="diện tích ổi toàn tỉnh", period=M7),
    fig("khoảng 2.050 ha", "2.050", 2050, "measure", "ha", approx="about", total=2430,
        subject="diện tích ổi cho trái", period=M7),
    fig("ước đạt 32 tấn", "32", 32, "measure", "tấn/ha/năm", status="estimate",
        subject="năng suất bình quân ổi", period=inh(M7)),
    fig("38.600 tấn", "38.600", 38600, "measure", "tấn", percent=58.5, status="estimate",
        subject="sản lượng ổi", period=inh(M7)),
    fig("có 412 ha", "412", 412, "measure", "ha", percent=17,
        subject="diện tích ổi được chứng nhận VietGAP"),
    fig("9 hợp tác xã", "9", 9, "count", "hợp tác xã", subject="hợp tác xã trồng ổi"),
    fig("14 tổ hợp tác", "14", 14, "count", "tổ hợp tác", subject="tổ hợp tác trồng ổi"),
    fig("hơn 600 thành viên", "600", 600, "count", "thành viên", approx="over",
        subject="thành viên hợp tác xã, tổ hợp tác trồng ổi"),
    fig("từ 8.000 đến", "8.000", 8000, "money", "đồng/kg", value_max=12000, subject="giá ổi tại vườn"),
    fig("đỏ 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", subject="giá ổi ruột đỏ tại vườn"),
    fig("từ 180 đến 250", "180", 180000000, "money", "đồng/ha/năm", value_max=250000000,
        change=chg("increase", 3, "lần", "trồng lúa"), subject="lợi nhuận mỗi ha ổi"),
    fig("trồng 1,5 ha", "1,5", 1.5, "measure", "ha",
        subject="diện tích ổi lê Đài Loan VietGAP của gia đình ông Nguyễn Văn Tâm", location=LV),
    fig("khoảng 6 tấn", "6", 6, "measure", "tấn/tháng", approx="about",
        subject="sản lượng ổi thu hoạch của vườn", location=LV),
    fig("hai tấn", "hai", 2, "measure", "tấn", total=6, subject="ổi giao cho siêu thị", location=LV),
    fig("hơn 400 triệu", "400", 400000000, "money", "đồng/năm", approx="over",
        subject="lãi của gia đình ông Tâm sau khi trừ chi phí", location=LV),
    fig("cho 5 lao động", "5", 5, "count", "lao động",
        subject="lao động địa phương có việc làm thường xuyên", location=LV),
    fig("250.000 đồng", "250.000", 250000, "money", "đồng/người/ngày", subject="tiền công lao động",
        location=LV),
    fig("lên 600 ha", "600", 600, "measure", "ha", status="target",
        subject="diện tích ổi đạt chuẩn VietGAP", period=T25),
    fig("thêm 5 mã số", "5", 5, "count", "mã số vùng trồng", status="target",
        subject="mã số vùng trồng phục vụ xuất khẩu cấp thêm", period=T25),
]

NOTES = [
    "Province portal (Đồng Tháp): breadcrumb, 'Cập nhật: 14/08/2024 10:15 | Lượt xem: 2.318' (published 2024-08-14).",
    "'7 tháng đầu năm' takes the year of the dateline (2024). Headline 'Hơn 2.400 ha' is a figure without period.",
    "'mỗi ha ... từ 180 đến 250 triệu đồng/năm': the 'mỗi ha' denominator is part of the unit (đồng/ha/năm);",
    "'cao gấp 3 lần trồng lúa' follows the figure: a change (3 lần), not a multiple. 'hai tấn' after 'trong đó' is part of 6 tấn.",
    "The farm passage is placed in huyện Lai Vung (location carried through its three sentences); the buyer's city (Cần Thơ) is not its place.",
    "Distractors: 'Lượt xem: 2.318', 'Quốc lộ 80', 'đường 30/4', 'phường 1', phone 0277.3851.478, time 10:15.",
]

if __name__ == "__main__":
    write("p1129-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Đồng Tháp")
