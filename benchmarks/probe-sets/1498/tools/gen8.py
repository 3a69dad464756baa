"""p1498-8: news agency (Vietnam+ / TTXVN): a workshop making fake switches and sockets dismantled in Thanh Trì, Hà Nội."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Vietnam+ > Xã hội > Pháp luật

Hà Nội: Triệt phá xưởng sản xuất công tắc, ổ cắm giả nhãn hiệu quy mô lớn

05/03/2025 16:42 GMT+7

Xưởng sản xuất tại xã Tam Hiệp, huyện Thanh Trì có 6 máy ép nhựa, mỗi ngày làm ra khoảng 3.000 sản phẩm công tắc, ổ cắm giả nhãn hiệu.

Ngày 5/3, Phòng Cảnh sát kinh tế Công an thành phố Hà Nội cho biết vừa phối hợp với Cục Quản lý thị trường Hà Nội kiểm tra một xưởng sản xuất thiết bị điện tại xã Tam Hiệp, huyện Thanh Trì, do Lê Văn Hùng (43 tuổi) làm chủ.

Tại thời điểm kiểm tra, xưởng có 18 công nhân đang làm việc. Lực lượng chức năng thu giữ hơn 46.000 sản phẩm gồm công tắc, ổ cắm, mặt nạ công tắc mang nhãn hiệu của 4 hãng thiết bị điện nổi tiếng; khoảng 2,5 tấn hạt nhựa, 120.000 tem nhãn và vỏ hộp in sẵn.

Bước đầu, Hùng khai nhận hoạt động từ tháng 6/2023 đến nay, đã tiêu thụ khoảng 700.000 sản phẩm ra thị trường các tỉnh phía Bắc, thu lợi bất chính gần 1,2 tỷ đồng. Mỗi sản phẩm giả có chi phí sản xuất chỉ 6.000-8.000 đồng nhưng được bán buôn với giá 22.000 đồng, thấp hơn khoảng 60% so với hàng chính hãng.

Theo Cục Quản lý thị trường Hà Nội, năm 2024, lực lượng chức năng thành phố đã xử lý 132 vụ vi phạm về thiết bị điện, tịch thu hàng hóa trị giá 4,7 tỷ đồng. Trong 2 tháng đầu năm 2025, đã phát hiện thêm 19 vụ.

Vụ việc đang được tiếp tục điều tra, mở rộng.

(TTXVN/Vietnam+)
"""

SINCE = per("từ tháng 6/2023 đến nay", "2023-06-01", "2025-03-05")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M2 = per("Trong 2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
TT = "Thanh Trì"

FIGS = [
    fig("có 6 máy", "6", 6, "count", "máy ép nhựa", subject="máy ép nhựa của xưởng", location=TT),
    fig("khoảng 3.000 sản phẩm", "3.000", 3000, "measure", "sản phẩm/ngày", approx="about",
        subject="sản phẩm công tắc, ổ cắm giả nhãn hiệu xưởng làm ra mỗi ngày", location=TT),
    fig("(43 tuổi)", "43", 43, "measure", "tuổi", subject="tuổi của chủ xưởng", location=TT, optional=True),
    fig("có 18 công nhân", "18", 18, "count", "công nhân", subject="công nhân đang làm việc tại xưởng",
        location=TT),
    fig("hơn 46.000 sản phẩm", "46.000", 46000, "count", "sản phẩm", approx="over",
        subject="sản phẩm công tắc, ổ cắm, mặt nạ công tắc thu giữ", location=TT),
    fig("của 4 hãng", "4", 4, "count", "hãng", subject="hãng thiết bị điện nổi tiếng bị giả nhãn hiệu",
        location=TT),
    fig("khoảng 2,5 tấn", "2,5", 2.5, "measure", "tấn", approx="about",
        subject="hạt nhựa thu giữ", location=TT),
    fig("120.000 tem", "120.000", 120000, "count", "tem nhãn", subject="tem nhãn và vỏ hộp in sẵn thu giữ",
        location=TT),
    fig("khoảng 700.000 sản phẩm", "700.000", 700000, "count", "sản phẩm", approx="about",
        subject="sản phẩm tiêu thụ ra thị trường các tỉnh phía Bắc", period=SINCE, location=TT),
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly",
        subject="thu lợi bất chính", period=SINCE, location=TT),
    fig("chỉ 6.000-8.000", "6.000", 6000, "money", "đồng/sản phẩm", value_max=8000,
        subject="chi phí sản xuất mỗi sản phẩm giả", location=TT),
    fig("giá 22.000", "22.000", 22000, "money", "đồng/sản phẩm",
        change=chg("decrease", 60, "%", "hàng chính hãng", approx="about"),
        subject="giá bán buôn sản phẩm giả", location=TT),
    fig("xử lý 132 vụ", "132", 132, "count", "vụ", subject="vụ vi phạm về thiết bị điện xử lý", period=Y24),
    fig("trị giá 4,7 tỷ", "4,7", 4.7e9, "money", "đồng", subject="trị giá hàng hóa tịch thu", period=Y24),
    fig("thêm 19 vụ", "19", 19, "count", "vụ", subject="vụ vi phạm phát hiện thêm", period=M2),
]

NOTES = [
    "News agency (Vietnam+/TTXVN): breadcrumb, '05/03/2025 16:42 GMT+7', sapo, source tag '(TTXVN/Vietnam+)' at the end.",
    "Distractors: 16:42, 'GMT+7', 'Ngày 5/3' (the day of the police statement, not a period of the figures), 'tháng 6/2023' as a start date.",
    "The workshop passage (xã Tam Hiệp, huyện Thanh Trì) is located in Thanh Trì; the city's QLTT figures in Hà Nội.",
    "'(43 tuổi)' is an age in a person's description: optional.",
    "'Mỗi ngày ... khoảng 3.000 sản phẩm' → measure 'sản phẩm/ngày'. 'Mỗi sản phẩm ... 6.000-8.000 đồng' and 22.000 đồng → 'đồng/sản phẩm'.",
    "'thấp hơn khoảng 60% so với hàng chính hãng' → change (decrease, 60%, approx about) of 22.000 đồng.",
    "'hoạt động từ tháng 6/2023 đến nay' → 2023-06-01 to the dateline 2025-03-05 for 700.000 sản phẩm and 1,2 tỷ (same sentence).",
    "'hơn 46.000 sản phẩm gồm công tắc, ổ cắm, ...': the parts carry no numbers, so no figure takes 46.000 as total.",
]

if __name__ == "__main__":
    write("p1498-8", TEXT, NOTES, FIGS, published="2025-03-05", location="Hà Nội")
