"""p545-1: Sóc Trăng province portal — groundwater licences, fees and monitoring wells, 2023."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Cổng thông tin điện tử tỉnh Sóc Trăng
Trang chủ > Tin tức > Tài nguyên - Môi trường

Sóc Trăng cấp 214 giấy phép khai thác nước dưới đất trong năm 2023
Cập nhật: 16/01/2024 14:20 | Lượt xem: 1.482

Theo Sở Tài nguyên và Môi trường, năm 2023 toàn tỉnh đã cấp 214 giấy phép khai thác nước dưới đất, tăng 37 giấy phép so với năm 2022; trong đó có 158 giấy phép cấp mới và 56 giấy phép gia hạn, điều chỉnh. Tổng lưu lượng khai thác được cấp phép khoảng 98.600 m³/ngày đêm.

Tính đến ngày 31/12/2023, trên địa bàn tỉnh có 1.126 công trình khai thác nước dưới đất đã được cấp phép, chiếm 87,4% số công trình thuộc diện phải cấp phép. Các địa phương có nhiều công trình nhất là TP. Sóc Trăng (241 công trình), thị xã Vĩnh Châu (186 công trình) và huyện Mỹ Xuyên (153 công trình).

Về tiền cấp quyền khai thác tài nguyên nước, năm 2023 tỉnh đã phê duyệt cho 97 tổ chức, cá nhân với tổng số tiền hơn 12,6 tỷ đồng, đạt 105,3% kế hoạch; mức thu bình quân khoảng 1.350 đồng/m³. Số tiền thực nộp ngân sách là 9,85 tỷ đồng.

Mạng quan trắc tài nguyên nước của tỉnh hiện có 32 giếng quan trắc nước dưới đất, trong đó 18 giếng quốc gia và 14 giếng của tỉnh. Kết quả quan trắc cho thấy mực nước tầng Pleistocen giữa - trên (qp2-3) tiếp tục hạ thấp trung bình từ 0,3 đến 0,5 m/năm; có 3 giếng tại Vĩnh Châu ghi nhận mực nước sâu hơn 15 m.

Năm 2024, Sở phấn đấu nâng tỷ lệ công trình khai thác nước dưới đất được cấp phép lên 92%, trám lấp ít nhất 150 giếng hư hỏng, không sử dụng.

Phòng Tài nguyên nước: số 18 Hùng Vương, Phường 6, TP. Sóc Trăng; điện thoại 0299.3822.145.
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
ASOF = per("Tính đến ngày 31/12/2023", end="2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Sóc Trăng cấp 214", "214", 214, "count", "giấy phép",
        "giấy phép khai thác nước dưới đất được cấp", per("trong năm 2023", "2023-01-01", "2023-12-31")),
    fig("đã cấp 214 giấy phép", "214", 214, "count", "giấy phép",
        "giấy phép khai thác nước dưới đất được cấp", Y23,
        change=chg("increase", 37, "giấy phép", "năm 2022")),
    fig("có 158 giấy phép", "158", 158, "count", "giấy phép", "giấy phép cấp mới", Y23, total=214),
    fig("và 56 giấy phép", "56", 56, "count", "giấy phép", "giấy phép gia hạn, điều chỉnh", Y23, total=214),
    fig("khoảng 98.600 m³/ngày đêm", "98.600", 98600, "measure", "m³/ngày đêm",
        "tổng lưu lượng khai thác được cấp phép", inh(Y23), approx="about"),
    fig("có 1.126 công trình", "1.126", 1126, "count", "công trình",
        "công trình khai thác nước dưới đất đã được cấp phép", ASOF, percent=87.4),
    fig("(241 công trình)", "241", 241, "count", "công trình",
        "công trình khai thác nước dưới đất đã được cấp phép", inh(ASOF), location="Sóc Trăng"),
    fig("(186 công trình)", "186", 186, "count", "công trình",
        "công trình khai thác nước dưới đất đã được cấp phép", inh(ASOF), location="Vĩnh Châu"),
    fig("(153 công trình)", "153", 153, "count", "công trình",
        "công trình khai thác nước dưới đất đã được cấp phép", inh(ASOF), location="Mỹ Xuyên"),
    fig("cho 97 tổ chức", "97", 97, "count", "tổ chức, cá nhân",
        "tổ chức, cá nhân được phê duyệt tiền cấp quyền khai thác tài nguyên nước", Y23),
    fig("hơn 12,6 tỷ đồng", "12,6", 12_600_000_000, "money", "đồng",
        "tổng số tiền cấp quyền khai thác tài nguyên nước được phê duyệt", Y23, approx="over", percent=105.3),
    fig("khoảng 1.350 đồng/m³", "1.350", 1350, "money", "đồng/m³",
        "mức thu tiền cấp quyền bình quân", Y23, approx="about"),
    fig("là 9,85 tỷ đồng", "9,85", 9_850_000_000, "money", "đồng",
        "số tiền cấp quyền thực nộp ngân sách", inh(Y23)),
    fig("có 32 giếng", "32", 32, "count", "giếng quan trắc",
        "giếng quan trắc nước dưới đất của mạng quan trắc tài nguyên nước"),
    fig("18 giếng quốc gia", "18", 18, "count", "giếng", "giếng quan trắc quốc gia", total=32),
    fig("14 giếng của tỉnh", "14", 14, "count", "giếng", "giếng quan trắc của tỉnh", total=32),
    fig("từ 0,3 đến 0,5 m/năm", "0,3", 0.3, "measure", "m/năm",
        "mức hạ thấp mực nước tầng Pleistocen giữa - trên (qp2-3)", value_max=0.5),
    fig("có 3 giếng", "3", 3, "count", "giếng",
        "giếng ghi nhận mực nước sâu hơn 15 m", location="Vĩnh Châu"),
    fig("sâu hơn 15 m", "15", 15, "measure", "m", "mực nước giếng quan trắc",
        approx="over", location="Vĩnh Châu", optional=True),
    fig("lên 92%", "92", 92, "percent", "%",
        "tỷ lệ công trình khai thác nước dưới đất được cấp phép", Y24, status="target"),
    fig("ít nhất 150 giếng", "150", 150, "count", "giếng",
        "giếng hư hỏng, không sử dụng được trám lấp", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "p545-1 (invented): Sóc Trăng province portal — groundwater licences, water-resource fees, monitoring wells, 2023.",
    "Province portal with breadcrumb, 'Cập nhật:' line and 'Lượt xem:' counter. Distractors: Lượt xem 1.482, aquifer code qp2-3,",
    "số 18 Hùng Vương, Phường 6, phone 0299.3822.145, dates. 'tăng 37 giấy phép so với năm 2022' is the change of 214.",
    "District list 'TP. Sóc Trăng (241 …)' follows no cue and does not add up to 1.126: no total. 'sâu hơn 15 m' is a threshold: optional.",
    "'đạt 105,3% kế hoạch' after the amount is its percent. 'hiện có' sentences carry no period.",
]

if __name__ == "__main__":
    emit("p545-1", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Sóc Trăng")
