"""p1361-2: district portal (quận Thanh Xuân, Hà Nội): chung cư mini checks in quý I/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN THANH XUÂN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Quốc phòng - An ninh | Thủ tục hành chính

Quận Thanh Xuân: Kiểm tra 738 cơ sở chung cư mini, nhà trọ trong quý I

18/04/2024 - 10:20

Thực hiện Kế hoạch số 112/KH-UBND của UBND quận, trong quý I/2024, 11 tổ công tác liên ngành của quận và phường đã kiểm tra 738 cơ sở, gồm 214 chung cư mini và 524 nhà trọ, nhà ở kết hợp cho thuê.

Qua kiểm tra, phát hiện 297 cơ sở chưa bảo đảm điều kiện an toàn PCCC, chiếm 40,2%; trong đó 61 cơ sở chưa có lối thoát nạn thứ hai. UBND quận đã ban hành 85 quyết định xử phạt vi phạm hành chính với tổng số tiền 1,46 tỷ đồng (tăng gấp 2,3 lần so với cùng kỳ năm 2023); tạm đình chỉ 23 cơ sở và đình chỉ 4 cơ sở. Đến nay, 176 cơ sở đã khắc phục xong, đạt 59,3%.

Cũng trong quý I, quận tổ chức 26 buổi tuyên truyền cho hơn 3.500 lượt chủ nhà, người thuê trọ; hướng dẫn người dân không sạc xe điện qua đêm tại khu vực để xe.

Toàn quận hiện có 1.052 chung cư mini và nhà nhiều tầng nhiều căn hộ với khoảng 9.400 căn hộ, phòng cho thuê. Quận phấn đấu đến ngày 30/6/2024 hoàn thành kiểm tra 100% số cơ sở. Theo quy định, mỗi tầng phải trang bị ít nhất 2 bình chữa cháy xách tay.

Nguồn: Phòng Quản lý đô thị quận Thanh Xuân

Tin khác:
- Phường Khương Trung ra mắt mô hình "Tổ liên gia an toàn PCCC"
- Hội nghị sơ kết công tác bảo đảm an ninh trật tự quý I/2024

UBND QUẬN THANH XUÂN - Địa chỉ: Số 9 Khuất Duy Tiến, phường Thanh Xuân Bắc - Điện thoại: 024.3858.1424
"""

Q1H = per("quý I", "2024-01-01", "2024-03-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Q1B = per("Cũng trong quý I", "2024-01-01", "2024-03-31")
NOW = per("Đến nay", None, "2024-04-18")
JUN = per("đến ngày 30/6/2024", None, "2024-06-30")

FIGS = [
    fig("Kiểm tra 738 cơ sở", "738", 738, "count", "cơ sở",
        subject="cơ sở chung cư mini, nhà trọ được kiểm tra", period=Q1H),
    fig("11 tổ công tác", "11", 11, "count", "tổ công tác",
        subject="tổ công tác liên ngành của quận và phường", period=Q1),
    fig("kiểm tra 738 cơ sở", "738", 738, "count", "cơ sở", subject="cơ sở được kiểm tra", period=Q1),
    fig("gồm 214 chung cư", "214", 214, "count", "chung cư mini", total=738,
        subject="chung cư mini được kiểm tra", period=Q1),
    fig("và 524 nhà trọ", "524", 524, "count", "nhà trọ", total=738,
        subject="nhà trọ, nhà ở kết hợp cho thuê được kiểm tra", period=Q1),
    fig("phát hiện 297 cơ sở", "297", 297, "count", "cơ sở", percent=40.2,
        subject="cơ sở chưa bảo đảm điều kiện an toàn PCCC", period=inh(Q1)),
    fig("trong đó 61 cơ sở", "61", 61, "count", "cơ sở", total=297,
        subject="cơ sở chưa có lối thoát nạn thứ hai", period=inh(Q1)),
    fig("ban hành 85 quyết định", "85", 85, "count", "quyết định",
        subject="quyết định xử phạt vi phạm hành chính", period=inh(Q1)),
    fig("tiền 1,46 tỷ", "1,46", 1.46e9, "money", "đồng",
        change=chg("increase", 2.3, "lần", "cùng kỳ năm 2023"),
        subject="tổng số tiền xử phạt vi phạm hành chính", period=inh(Q1)),
    fig("tạm đình chỉ 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở bị tạm đình chỉ", period=inh(Q1)),
    fig("và đình chỉ 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở bị đình chỉ", period=inh(Q1)),
    fig("176 cơ sở", "176", 176, "count", "cơ sở", percent=59.3,
        subject="cơ sở đã khắc phục xong", period=NOW),
    fig("26 buổi", "26", 26, "count", "buổi", subject="buổi tuyên truyền", period=Q1B),
    fig("hơn 3.500 lượt", "3.500", 3500, "count", "lượt", approx="over",
        subject="lượt chủ nhà, người thuê trọ được tuyên truyền", period=Q1B),
    fig("có 1.052 chung cư", "1.052", 1052, "count", "chung cư mini",
        subject="chung cư mini và nhà nhiều tầng nhiều căn hộ"),
    fig("khoảng 9.400 căn hộ", "9.400", 9400, "count", "căn hộ", approx="about",
        subject="căn hộ, phòng cho thuê"),
    fig("kiểm tra 100% số", "100", 100, "percent", "%", status="target",
        subject="cơ sở hoàn thành kiểm tra", period=JUN),
    fig("ít nhất 2 bình", "2", 2, "measure", "bình chữa cháy/tầng", approx="at_least",
        subject="bình chữa cháy xách tay mỗi tầng phải trang bị"),
]

NOTES = [
    "District portal (quận Thanh Xuân, Hà Nội): chung cư mini / nhà trọ checks in quý I/2024; dateline '18/04/2024 - 10:20'.",
    "Distractors: Kế hoạch số 112/KH-UBND, 10:20, 'lối thoát nạn thứ hai' (ordinal), 'quý I/2024' in a link, Số 9 Khuất Duy Tiến, phone 024.3858.1424.",
    "Headline 'quý I' has no year: it takes 2024 from the dateline (the nearest date; none stands before it).",
    "'gồm 214 … và 524 …' add up to 738: total 738. '61 cơ sở' after 'trong đó' takes total 297. 297 'chiếm 40,2%' and 176 'đạt 59,3%' are percents, no total.",
    "'tăng gấp 2,3 lần so với cùng kỳ năm 2023' in brackets is the change of 1,46 tỷ (unit lần).",
    "'Đến nay' is an as-of phrase ending at the dateline 2024-04-18. 'Cũng trong quý I' takes 2024.",
    "'mỗi tầng phải trang bị ít nhất 2 bình chữa cháy' is a rule: measure 'bình chữa cháy/tầng', at_least; 'phải' is no status cue (actual).",
]

if __name__ == "__main__":
    write("p1361-2", TEXT, NOTES, FIGS, published="2024-04-18", location="Thanh Xuân")
