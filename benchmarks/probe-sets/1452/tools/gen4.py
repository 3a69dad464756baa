"""p1452-4: ministry site (Bộ Công Thương): national candle exports 2023, markets, rank, forecast, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu nến của Việt Nam năm 2023 đạt 418 triệu USD

22/02/2024 | 08:45 | Cục Xuất nhập khẩu

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu nến các loại (mã HS 3406) của Việt Nam đạt 418,6 triệu USD, giảm 7,4% so với năm 2022 do nhu cầu tại các thị trường chính suy yếu. Khối lượng xuất khẩu đạt khoảng 172.000 tấn, giá xuất khẩu bình quân 2.434 USD/tấn.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 196,3 triệu USD, chiếm 46,9% tổng kim ngạch; tiếp đến là Hà Lan 38,2 triệu USD, Đức 27,5 triệu USD và Nhật Bản 21,9 triệu USD. Riêng xuất khẩu sang Australia tăng mạnh 18,6%.

Cả nước hiện có khoảng 190 doanh nghiệp sản xuất, xuất khẩu nến, tập trung tại Bình Dương, Đồng Nai, TP Hồ Chí Minh và Hà Nội; trong đó hơn 60% là doanh nghiệp có vốn đầu tư nước ngoài. Việt Nam hiện xếp thứ 4 thế giới về xuất khẩu nến, sau Trung Quốc, Ba Lan và Hà Lan.

Cục Xuất nhập khẩu dự báo năm 2024 xuất khẩu nến sẽ phục hồi, đạt khoảng 450-470 triệu USD nhờ đơn hàng từ Hoa Kỳ và EU tăng trở lại trong quý II.

Theo Chiến lược xuất nhập khẩu hàng hóa đến năm 2030 ban hành kèm Quyết định số 493/QĐ-TTg, ngành phấn đấu đến năm 2030 kim ngạch xuất khẩu nến và sản phẩm từ sáp đạt 1 tỷ USD; tỷ lệ sáp thực vật (sáp đậu nành, sáp cọ, sáp ong) trong nguyên liệu đạt ít nhất 30%.

Bản quyền thuộc Bộ Công Thương. Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2108
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23H = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
KN = "kim ngạch xuất khẩu nến"

FIGS = [
    fig("đạt 418 triệu", "418", 418e6, "money", "USD", subject="xuất khẩu nến của Việt Nam", period=Y23H),
    fig("đạt 418,6 triệu", "418,6", 418.6e6, "money", "USD", change=chg("decrease", 7.4, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu nến các loại", period=Y23),
    fig("khoảng 172.000 tấn", "172.000", 172000, "measure", "tấn", approx="about",
        subject="khối lượng xuất khẩu", period=inh(Y23)),
    fig("2.434 USD/tấn", "2.434", 2434, "money", "USD/tấn", subject="giá xuất khẩu bình quân",
        period=inh(Y23)),
    fig("với 196,3 triệu", "196,3", 196.3e6, "money", "USD", percent=46.9,
        subject=KN + " sang Hoa Kỳ", period=inh(Y23)),
    fig("Hà Lan 38,2 triệu", "38,2", 38.2e6, "money", "USD", subject=KN + " sang Hà Lan", period=inh(Y23)),
    fig("Đức 27,5 triệu", "27,5", 27.5e6, "money", "USD", subject=KN + " sang Đức", period=inh(Y23)),
    fig("Nhật Bản 21,9 triệu", "21,9", 21.9e6, "money", "USD", subject=KN + " sang Nhật Bản",
        period=inh(Y23)),
    fig("tăng mạnh 18,6%", "18,6", 18.6, "percent", "%", subject="xuất khẩu sang Australia",
        period=inh(Y23)),
    fig("khoảng 190 doanh nghiệp", "190", 190, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, xuất khẩu nến"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over", subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("xếp thứ 4", "4", 4, "rank", "hạng", subject="xuất khẩu nến"),
    fig("khoảng 450-470", "450", 450e6, "money", "USD", value_max=470e6, approx="about", status="forecast",
        subject="xuất khẩu nến", period=Y24),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu nến và sản phẩm từ sáp", period=T30),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sáp thực vật trong nguyên liệu", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national candle exports 2023; '22/02/2024 | 08:45 | Cục Xuất nhập khẩu'.",
    "Distractors: 'mã HS 3406' (a code), 08:45, 'Quyết định số 493/QĐ-TTg', 'đến năm 2030' in the strategy's name,",
    "'54 Hai Bà Trưng', phone 024.2220.2108, 'quý II' (a period).",
    "Location Việt Nam throughout: the markets (Hoa Kỳ, Hà Lan, Đức, Nhật Bản, Australia) are trade partners, the provinces",
    "after 'tập trung tại' follow a national count, and the rivals in the rank are countries.",
    "Markets list 'tiếp đến là Hà Lan 38,2 triệu USD, …' shares the indicator kim ngạch xuất khẩu nến; no total (not a",
    "'trong đó' breakdown). '46,9% tổng kim ngạch' after 196,3 triệu → percent attribute.",
    "'Riêng xuất khẩu sang Australia tăng mạnh 18,6%' is a growth rate as the claim: percent figure, no change.",
    "'trong đó hơn 60% là doanh nghiệp …' is a percent figure of its own (no total).",
    "'dự báo năm 2024 … đạt khoảng 450-470 triệu USD' → forecast, about, range. The second 'đến năm 2030' (in 'ngành phấn",
    "đấu đến năm 2030') gives both targets end 2030-12-31, start null.",
]

if __name__ == "__main__":
    write("p1452-4", TEXT, NOTES, FIGS, published="2024-02-22", location="Việt Nam")
