"""p1535-2: district portal (huyện Đức Hòa, Long An): a paper-clip cooperative in xã Mỹ Hạnh Nam."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Trang chủ | Tin tức - Sự kiện | Kinh tế

Kẹp giấy của Hợp tác xã Tân Mỹ vào siêu thị

22/03/2024 - 10:30

Năm 2023, Hợp tác xã Cơ khí Tân Mỹ (xã Mỹ Hạnh Nam) sản xuất 86 triệu chiếc kẹp giấy các loại, tăng 14% so với năm 2022; doanh thu đạt 12,4 tỷ đồng, vượt 3% kế hoạch; lợi nhuận hơn 1,3 tỷ đồng.

Hợp tác xã có 34 thành viên, tạo việc làm cho 126 lao động, trong đó 89 lao động nữ, thu nhập từ 6,5 đến 8 triệu đồng/người/tháng. Ngoài ra, gần ba chục hộ dân trong xã nhận phôi kẹp về gia công tại nhà. Sản phẩm kẹp bướm, kẹp tam giác C62 và ghim cài của hợp tác xã hiện có mặt tại 3 chuỗi siêu thị với 41 điểm bán trong và ngoài tỉnh.

Hai tháng đầu năm 2024, hợp tác xã tiêu thụ 15,2 triệu chiếc kẹp, trong đó kẹp bướm chiếm khoảng 60%. Năm 2024, hợp tác xã phấn đấu doanh thu đạt 15 tỷ đồng; dự kiến đầu tư thêm 2 máy dập liên hoàn trị giá khoảng 800 triệu đồng và tuyển thêm từ 15 đến 20 lao động.

Toàn huyện hiện có 7 cơ sở sản xuất văn phòng phẩm, gồm 2 hợp tác xã và 5 hộ kinh doanh, tổng doanh thu năm 2023 khoảng 48 tỷ đồng. Mục tiêu đến năm 2025, huyện có ít nhất 1 sản phẩm văn phòng phẩm đạt chuẩn OCOP 3 sao.

Nguồn: Phòng Kinh tế huyện

Tin khác:
- Đức Hòa: Hội nghị sơ kết 6 tháng phát triển kinh tế tập thể
- Hướng dẫn thủ tục đăng ký thành lập hợp tác xã

Địa chỉ: Khu phố 4, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An
Điện thoại: 0272.3851.203
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
TWO = per("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("sản xuất 86 triệu", "86", 86e6, "count", "chiếc", change=chg("increase", 14, "%", "năm 2022"),
        subject="kẹp giấy Hợp tác xã Cơ khí Tân Mỹ sản xuất", period=Y23),
    fig("đạt 12,4 tỷ", "12,4", 12.4e9, "money", "đồng", change=chg("increase", 3, "%", "kế hoạch"),
        subject="doanh thu của hợp tác xã", period=Y23),
    fig("hơn 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="over",
        subject="lợi nhuận của hợp tác xã", period=Y23),
    fig("có 34 thành viên", "34", 34, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("cho 126 lao động", "126", 126, "count", "lao động", subject="lao động hợp tác xã tạo việc làm"),
    fig("89 lao động nữ", "89", 89, "count", "lao động", total=126, subject="lao động nữ"),
    fig("từ 6,5 đến 8 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập của lao động"),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
        subject="hộ dân trong xã nhận phôi kẹp về gia công tại nhà"),
    fig("tại 3 chuỗi", "3", 3, "count", "chuỗi siêu thị", subject="chuỗi siêu thị có sản phẩm của hợp tác xã"),
    fig("với 41 điểm", "41", 41, "count", "điểm bán", subject="điểm bán sản phẩm của hợp tác xã"),
    fig("tiêu thụ 15,2 triệu", "15,2", 15.2e6, "count", "chiếc", subject="kẹp hợp tác xã tiêu thụ", period=TWO),
    fig("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ trọng kẹp bướm trong số kẹp tiêu thụ", period=TWO),
    fig("đạt 15 tỷ", "15", 15e9, "money", "đồng", status="target", subject="doanh thu của hợp tác xã", period=Y24),
    fig("thêm 2 máy", "2", 2, "count", "máy", status="forecast",
        subject="máy dập liên hoàn hợp tác xã đầu tư thêm", period=Y24),
    fig("khoảng 800 triệu", "800", 800e6, "money", "đồng", approx="about", status="forecast",
        subject="trị giá máy dập liên hoàn", period=Y24),
    fig("từ 15 đến 20 lao động", "15", 15, "count", "lao động", value_max=20, status="forecast",
        subject="lao động hợp tác xã tuyển thêm", period=Y24),
    fig("có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở sản xuất văn phòng phẩm toàn huyện"),
    fig("gồm 2 hợp tác xã", "2", 2, "count", "hợp tác xã", total=7, subject="hợp tác xã sản xuất văn phòng phẩm"),
    fig("và 5 hộ kinh doanh", "5", 5, "count", "hộ kinh doanh", total=7, subject="hộ kinh doanh sản xuất văn phòng phẩm"),
    fig("khoảng 48 tỷ", "48", 48e9, "money", "đồng", approx="about",
        subject="tổng doanh thu của các cơ sở sản xuất văn phòng phẩm", period=Y23b),
    fig("ít nhất 1 sản phẩm", "1", 1, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm văn phòng phẩm đạt chuẩn OCOP 3 sao", period=TO25),
]

NOTES = [
    "District portal (huyện Đức Hòa, Long An): banner, breadcrumb, '22/03/2024 - 10:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:30, 'kẹp tam giác C62' (product code), 'OCOP 3 sao', 'sơ kết 6 tháng' in a link, 'Khu phố 4', phone 0272.3851.203.",
    "'Hai tháng đầu năm 2024' is a period (the number word is not a figure); it ends on 2024-02-29.",
    "Location Đức Hòa throughout: the cooperative is in xã Mỹ Hạnh Nam of the district (communes are below the spec's place level).",
    "'vượt 3% kế hoạch' is a change (gap to plan, baseline 'kế hoạch'). 'trong đó 89 lao động nữ' → total 126; 'gồm 2 ... và 5 ...' → total 7.",
    "'trong đó kẹp bướm chiếm khoảng 60%' is a percent figure of its own (share of a part with no amount).",
    "'gần ba chục hộ' = nearly 30 households (number word). 'phấn đấu' → target; 'dự kiến' governs its clause and the 'và' clause → forecast.",
    "'Toàn huyện hiện có 7 cơ sở' has no period ('hiện'); the revenue in the same sentence has 'năm 2023'.",
]

if __name__ == "__main__":
    write("p1535-2", TEXT, NOTES, FIGS, published="2024-03-22", location="Đức Hòa")
