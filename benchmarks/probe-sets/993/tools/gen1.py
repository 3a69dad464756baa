"""p993-1: province portal (Thanh Hóa), rabies vaccination and stray dogs, H1/2024."""
from lib import fig, period, change, write_set

TEXT = """
Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.317

6 tháng, Thanh Hóa tiêm phòng dại cho hơn 310.000 con chó, mèo

Thực hiện Chỉ thị số 12/CT-UBND ngày 08/4/2024 của Chủ tịch UBND tỉnh về tăng cường quản lý chó, mèo nuôi, 6 tháng đầu năm 2024 toàn tỉnh đã tiêm vắc xin phòng dại cho 310.482 con chó, mèo, đạt 68,4% tổng đàn, tăng 12,6% so với cùng kỳ năm 2023. Tổng đàn chó, mèo của tỉnh hiện có khoảng 454.000 con, trong đó đàn chó chiếm gần 79%.

Các địa phương có tỷ lệ tiêm phòng cao là TP Thanh Hóa (86,2%), TP Sầm Sơn (81,5%) và thị xã Bỉm Sơn (79,8%); thấp nhất là hai huyện miền núi Mường Lát (41,3%) và Quan Sơn (44,7%).

Đến nay, 3.975/4.210 thôn, tổ dân phố đã lập sổ theo dõi hộ nuôi chó, mèo với 187.300 hộ đăng ký. Trong 6 tháng đầu năm, lực lượng chức năng bắt giữ 1.146 con chó thả rông, xử phạt 428 trường hợp với tổng số tiền gần 390 triệu đồng. Số chó bị bắt giữ gấp 1,7 lần cùng kỳ năm trước.

Từ đầu năm đến nay, toàn tỉnh ghi nhận 3 ca tử vong do bệnh dại, giảm 2 ca so với cùng kỳ; hơn 21.600 lượt người bị chó, mèo cắn phải đi tiêm phòng. Chi phí tiêm vắc xin và huyết thanh cho mỗi người bị cắn từ 1,2 đến 1,8 triệu đồng.

Năm 2024, tỉnh phấn đấu tiêm phòng cho trên 80% tổng đàn chó, mèo; trong quý III dự kiến cấp thêm khoảng 95.000 liều vắc xin cho các huyện. Người dân phát hiện chó thả rông, chó nghi dại có thể phản ánh qua đường dây nóng 0237.3852.614.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1_INH = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
NOW = period("Đến nay", None, "2024-08-14")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
RATE = "tỷ lệ tiêm phòng dại cho chó, mèo"

FIGS = [
    fig("Thanh Hóa tiêm phòng dại cho hơn 310.000 con", "310.000", 310000, "count", "con",
        "chó, mèo được tiêm phòng dại", approx="over",
        period=period("6 tháng", "2024-01-01", "2024-06-30")),
    fig("phòng dại cho 310.482 con", "310.482", 310482, "count", "con",
        "chó, mèo được tiêm vắc xin phòng dại", percent=68.4,
        change=change("increase", 12.6, "%", "cùng kỳ năm 2023"), period=H1),
    fig("hiện có khoảng 454.000 con", "454.000", 454000, "count", "con",
        "tổng đàn chó, mèo của tỉnh", approx="about"),
    fig("đàn chó chiếm gần 79%", "79", 79, "percent", "%",
        "đàn chó trong tổng đàn chó, mèo", approx="nearly"),
    fig("TP Thanh Hóa (86,2%)", "86,2", 86.2, "percent", "%", RATE, period=H1_INH, location="TP Thanh Hóa"),
    fig("Sầm Sơn (81,5%)", "81,5", 81.5, "percent", "%", RATE, period=H1_INH, location="Sầm Sơn"),
    fig("Bỉm Sơn (79,8%)", "79,8", 79.8, "percent", "%", RATE, period=H1_INH, location="Bỉm Sơn"),
    fig("hai huyện miền núi", "hai", 2, "count", "huyện", "huyện miền núi có tỷ lệ tiêm phòng thấp nhất",
        optional=True),
    fig("Mường Lát (41,3%)", "41,3", 41.3, "percent", "%", RATE, period=H1_INH, location="Mường Lát"),
    fig("Quan Sơn (44,7%)", "44,7", 44.7, "percent", "%", RATE, period=H1_INH, location="Quan Sơn"),
    fig("3.975/4.210 thôn", "3.975", 3975, "count", "thôn, tổ dân phố",
        "thôn, tổ dân phố lập sổ theo dõi hộ nuôi chó, mèo", total=4210, period=NOW),
    fig("với 187.300 hộ", "187.300", 187300, "count", "hộ",
        "hộ đăng ký nuôi chó, mèo", period=NOW),
    fig("bắt giữ 1.146 con", "1.146", 1146, "count", "con", "chó thả rông bị bắt giữ",
        period=period("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("xử phạt 428 trường hợp", "428", 428, "count", "trường hợp", "trường hợp bị xử phạt",
        period=period("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("gần 390 triệu đồng", "390", 390e6, "money", "đồng", "tiền xử phạt", approx="nearly",
        period=period("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("gấp 1,7 lần", "1,7", 1.7, "multiple", "lần", "số chó bị bắt giữ so với cùng kỳ năm trước",
        period=H1_INH),
    fig("ghi nhận 3 ca", "3", 3, "count", "ca", "ca tử vong do bệnh dại",
        change=change("decrease", 2, "ca", "cùng kỳ"), period=YTD),
    fig("hơn 21.600 lượt người", "21.600", 21600, "count", "lượt người",
        "lượt người bị chó, mèo cắn phải đi tiêm phòng", approx="over", period=YTD),
    fig("từ 1,2 đến 1,8 triệu đồng", "1,2", 1.2e6, "money", "đồng/người",
        "chi phí tiêm vắc xin và huyết thanh cho mỗi người bị cắn", value_max=1.8e6),
    fig("trên 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ tiêm phòng cho tổng đàn chó, mèo",
        approx="over", status="target", period=period("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 95.000 liều", "95.000", 95000, "count", "liều", "vắc xin cấp thêm cho các huyện",
        approx="about", status="forecast", period=period("trong quý III", "2024-07-01", "2024-09-30")),
]

NOTES = [
    "Cổng TTĐT Thanh Hóa: 6 tháng đầu năm 2024, tiêm phòng dại, lập sổ hộ nuôi chó mèo, bắt giữ chó thả rông, ca tử vong do dại.",
    "Not figures: Chỉ thị số 12/CT-UBND ngày 08/4/2024, 'Lượt xem: 2.317', '09:45', the hotline 0237.3852.614.",
    "Headline '6 tháng' (no year) = H1 2024 (dateline). 'hiện' gives no period; 'Đến nay' ends at the dateline.",
    "'hai huyện miền núi' only counts the two list items that follow: optional.",
    "79% is the dogs' share of the herd (a percent of its own, no total); 'gấp 1,7 lần' stands as its own claim (multiple).",
]

if __name__ == "__main__":
    write_set("p993-1", TEXT, FIGS, NOTES, published="2024-08-14", location="Thanh Hóa")
