"""p1166-2: district portal (huyện Can Lộc, Hà Tĩnh): civil-status registers digitised in 19 communes."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAN LỘC
Trang chủ | Tin tức - Sự kiện | Cải cách hành chính

Can Lộc hoàn thành số hóa dữ liệu hộ tịch tại 19 xã, thị trấn

Thứ Ba, 12/03/2024 - 15:05

Sau gần 8 tháng triển khai, đến ngày 29/02/2024, 19/19 xã, thị trấn trên địa bàn huyện Can Lộc đã hoàn thành số hóa 2.846 sổ hộ tịch với 186.420 dữ liệu, đạt 100% kế hoạch. Trong đó, dữ liệu khai sinh 98.310 trường hợp, kết hôn 31.250 trường hợp, khai tử 29.875 trường hợp.

Các sổ hộ tịch được lưu tại UBND cấp xã từ năm 1945 đến nay, nhiều sổ viết tay đã phai mực, giấy mủn, rách.

Tại xã Thiên Lộc, công chức tư pháp - hộ tịch cùng 2 nhân viên hợp đồng đã nhập 11.760 dữ liệu từ 164 cuốn sổ; có cuốn sổ khai sinh năm 1962 dày hơn 300 trang phải phục chế trước khi scan. Mỗi ngày, nhóm nhập được từ 120 đến 150 dữ liệu. Xã chỉ có một máy scan khổ A3 nên phải làm thêm cả ngày thứ Bảy.

Tổng kinh phí thực hiện hơn 1,1 tỷ đồng từ ngân sách huyện, bình quân khoảng 6.000 đồng/dữ liệu. Từ khi dữ liệu được đưa lên phần mềm, thời gian tra cứu, cấp bản sao trích lục hộ tịch chỉ còn khoảng 15 phút. Năm 2023, các xã đã cấp 7.340 bản sao trích lục, tăng 26% so với năm 2022.

Năm 2024, huyện phấn đấu 100% yêu cầu cấp bản sao trích lục được giải quyết trong ngày; dự kiến cập nhật thêm khoảng 9.500 dữ liệu hộ tịch phát sinh mới lên hệ thống.

Minh Châu - Phòng Tư pháp huyện
"""

ASOF = per("đến ngày 29/02/2024", None, "2024-02-29")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TL = "xã Thiên Lộc"

FIGS = [
    fig("tại 19 xã", "19", 19, "count", "xã, thị trấn",
        subject="xã, thị trấn hoàn thành số hóa dữ liệu hộ tịch"),
    fig("gần 8 tháng", "8", 8, "measure", "tháng", approx="nearly", optional=True,
        subject="thời gian triển khai"),
    fig("19/19 xã", "19", 19, "count", "xã, thị trấn", total=19,
        subject="xã, thị trấn hoàn thành số hóa dữ liệu hộ tịch", period=ASOF),
    fig("số hóa 2.846 sổ", "2.846", 2846, "count", "sổ hộ tịch",
        subject="sổ hộ tịch số hóa", period=ASOF),
    fig("với 186.420 dữ liệu", "186.420", 186420, "count", "dữ liệu", percent=100,
        subject="dữ liệu hộ tịch số hóa", period=ASOF),
    fig("khai sinh 98.310", "98.310", 98310, "count", "trường hợp", total=186420,
        subject="dữ liệu khai sinh", period=inh(ASOF)),
    fig("kết hôn 31.250", "31.250", 31250, "count", "trường hợp", total=186420,
        subject="dữ liệu kết hôn", period=inh(ASOF)),
    fig("khai tử 29.875", "29.875", 29875, "count", "trường hợp", total=186420,
        subject="dữ liệu khai tử", period=inh(ASOF)),
    fig("cùng 2 nhân viên", "2", 2, "count", "nhân viên",
        subject=f"nhân viên hợp đồng nhập dữ liệu hộ tịch tại {TL}"),
    fig("nhập 11.760 dữ liệu", "11.760", 11760, "count", "dữ liệu",
        subject=f"dữ liệu hộ tịch {TL} đã nhập"),
    fig("từ 164 cuốn sổ", "164", 164, "count", "cuốn sổ",
        subject=f"cuốn sổ hộ tịch {TL} đã nhập dữ liệu"),
    fig("hơn 300 trang", "300", 300, "count", "trang", approx="over",
        subject="trang của cuốn sổ khai sinh năm 1962"),
    fig("từ 120 đến 150 dữ liệu", "120", 120, "measure", "dữ liệu/ngày", value_max=150,
        subject="dữ liệu nhóm nhập được mỗi ngày"),
    fig("một máy scan", "một", 1, "count", "máy scan",
        subject=f"máy scan của {TL}"),
    fig("hơn 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng", approx="over",
        subject="tổng kinh phí số hóa dữ liệu hộ tịch"),
    fig("khoảng 6.000 đồng/dữ liệu", "6.000", 6000, "money", "đồng/dữ liệu", approx="about",
        subject="kinh phí bình quân mỗi dữ liệu"),
    fig("khoảng 15 phút", "15", 15, "measure", "phút", approx="about",
        subject="thời gian tra cứu, cấp bản sao trích lục hộ tịch"),
    fig("cấp 7.340 bản sao", "7.340", 7340, "count", "bản sao trích lục",
        change=chg("increase", 26, "%", "năm 2022"), subject="bản sao trích lục hộ tịch đã cấp", period=Y23),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="yêu cầu cấp bản sao trích lục được giải quyết trong ngày", period=Y24),
    fig("khoảng 9.500 dữ liệu", "9.500", 9500, "count", "dữ liệu", approx="about", status="forecast",
        subject="dữ liệu hộ tịch phát sinh mới cập nhật thêm", period=Y24),
]

NOTES = [
    "District portal (huyện Can Lộc, Hà Tĩnh): 'Thứ Ba, 12/03/2024 - 15:05', byline at the end. Default location is the district.",
    "Distractors: time 15:05, 'từ năm 1945 đến nay' (age of the registers), 'năm 1962' (year of a register), 'khổ A3', 'ngày thứ Bảy'.",
    "'Sau gần 8 tháng triển khai' is the duration of the work (optional). 'đạt 100% kế hoạch' is the share of 186.420 dữ liệu.",
    "Parts after 'Trong đó' (khai sinh/kết hôn/khai tử) take 186.420 across the sentence break (they do not add up: other acts remain).",
    "Xã Thiên Lộc is a commune: its figures keep the district (Can Lộc) as location; the commune goes into the subject.",
    "'một máy scan' is a number word (1). Rates per day / per record keep the denominator in the unit.",
    "'Năm 2024, … phấn đấu 100% …; dự kiến … khoảng 9.500' : target, then forecast for the clause after ';' (dự kiến governs its clause).",
]

if __name__ == "__main__":
    write("p1166-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Can Lộc")
