"""p1457-4: ministry site (Bộ Công Thương): national exports of screws and bolts, 8 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Xuất nhập khẩu

Xuất khẩu ốc vít, bu lông 8 tháng đạt gần 1,1 tỷ USD

20/09/2024 | 08:15 | Cục Xuất nhập khẩu

Theo số liệu thống kê, 8 tháng đầu năm 2024, kim ngạch xuất khẩu ốc vít, bu lông (mã HS 7318) của Việt Nam đạt 1,08 tỷ USD, tăng 17,3% so với cùng kỳ năm 2023. Riêng tháng 8/2024, xuất khẩu đạt 152,4 triệu USD, tăng 6,1% so với tháng trước và tăng 21,5% so với cùng kỳ.

Hoa Kỳ tiếp tục là thị trường tiêu thụ lớn nhất với 684 triệu USD, chiếm 63,3% tổng kim ngạch; tiếp đến là Nhật Bản (96,5 triệu USD), Hà Lan (58,2 triệu USD) và Đức (41,7 triệu USD). Xuất khẩu sang thị trường EU tăng mạnh, gấp 1,6 lần cùng kỳ.

Hiện cả nước có khoảng 350 doanh nghiệp sản xuất ốc vít, bu lông, trong đó trên 60% là doanh nghiệp nhỏ và vừa. Việt Nam đứng thứ 4 về cung ứng ốc vít thép cho thị trường Hoa Kỳ, sau Đài Loan (Trung Quốc), Trung Quốc và Nhật Bản.

Tuy nhiên, từ tháng 3/2024, Bộ Thương mại Hoa Kỳ đã khởi xướng điều tra chống bán phá giá đối với ốc vít nhập khẩu từ một số nước, trong đó có 6 doanh nghiệp Việt Nam bị áp biên độ phá giá sơ bộ từ 2,9% đến 11,4%. Cục Phòng vệ thương mại khuyến nghị doanh nghiệp chủ động theo dõi vụ việc, liên hệ đường dây nóng 024.2220.5303 khi cần hỗ trợ.

Theo Chiến lược phát triển ngành cơ khí (Quyết định số 319/QĐ-TTg), đến năm 2030 ngành phấn đấu đáp ứng khoảng 70% nhu cầu chi tiết kim khí tiêu chuẩn trong nước, kim ngạch xuất khẩu ốc vít, bu lông đạt 3 tỷ USD.

Bản quyền thuộc Bộ Công Thương
Địa chỉ: 54 Hai Bà Trưng, quận Hoàn Kiếm, Hà Nội
"""

M8h = per("8 tháng", "2024-01-01", "2024-08-31")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
T8 = per("tháng 8/2024", "2024-08-01", "2024-08-31")
T30 = per("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu ốc vít, bu lông sang"

FIGS = [
    fig("gần 1,1 tỷ", "1,1", 1.1e9, "money", "USD", approx="nearly", subject="xuất khẩu ốc vít, bu lông",
        period=M8h),
    fig("đạt 1,08 tỷ", "1,08", 1.08e9, "money", "USD", change=chg("increase", 17.3, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu ốc vít, bu lông (mã HS 7318) của Việt Nam", period=M8),
    fig("đạt 152,4 triệu", "152,4", 152.4e6, "money", "USD", change=chg("increase", 6.1, "%", "tháng trước"),
        subject="xuất khẩu ốc vít, bu lông", period=T8),
    fig("tăng 21,5%", "21,5", 21.5, "percent", "%", subject="xuất khẩu tháng 8/2024 so với cùng kỳ", period=T8,
        optional=True),
    fig("với 684 triệu", "684", 684e6, "money", "USD", percent=63.3, subject=f"{EXP} thị trường Hoa Kỳ",
        period=inh(M8)),
    fig("(96,5 triệu", "96,5", 96.5e6, "money", "USD", subject=f"{EXP} Nhật Bản", period=inh(M8)),
    fig("(58,2 triệu", "58,2", 58.2e6, "money", "USD", subject=f"{EXP} Hà Lan", period=inh(M8)),
    fig("(41,7 triệu", "41,7", 41.7e6, "money", "USD", subject=f"{EXP} Đức", period=inh(M8)),
    fig("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", subject="xuất khẩu sang thị trường EU", period=inh(M8)),
    fig("khoảng 350 doanh nghiệp", "350", 350, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất ốc vít, bu lông"),
    fig("trên 60%", "60", 60, "percent", "%", approx="over", subject="doanh nghiệp nhỏ và vừa"),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="cung ứng ốc vít thép cho thị trường Hoa Kỳ"),
    fig("có 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp",
        subject="doanh nghiệp Việt Nam bị áp biên độ phá giá sơ bộ"),
    fig("từ 2,9% đến 11,4%", "2,9", 2.9, "percent", "%", value_max=11.4, subject="biên độ phá giá sơ bộ"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", status="target",
        subject="nhu cầu chi tiết kim khí tiêu chuẩn trong nước ngành đáp ứng", period=T30),
    fig("đạt 3 tỷ", "3", 3e9, "money", "USD", status="target", subject="kim ngạch xuất khẩu ốc vít, bu lông",
        period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '20/09/2024 | 08:15 | Cục Xuất nhập khẩu' (published), footer address. National: location Việt Nam.",
    "Headline '8 tháng đạt gần 1,1 tỷ USD': year-less '8 tháng' takes 2024 (published; nothing earlier).",
    "152,4 triệu USD carries two changes: the first (6,1% vs tháng trước) is its change, the second '21,5% so với cùng kỳ' is an optional percent figure.",
    "Market list (Hoa Kỳ, Nhật Bản, Hà Lan, Đức): trade partners are not places (location Việt Nam); 684 triệu takes 'chiếm 63,3%' as percent.",
    "'gấp 1,6 lần cùng kỳ' stands alone (no base amount): multiple. 'trên 60%' after 'trong đó' is a percent figure (no total).",
    "'từ tháng 3/2024' dates the investigation start, not a period of the 6 firms or the margins (no period).",
    "'đến năm 2030 ngành phấn đấu …' → target for both clauses.",
    "Distractors: 20/09/2024 | 08:15, 'mã HS 7318', 'tháng 3/2024', hotline 024.2220.5303, Quyết định số 319/QĐ-TTg, '54 Hai Bà Trưng'.",
]

if __name__ == "__main__":
    write("p1457-4", TEXT, NOTES, FIGS, published="2024-09-20", location="Việt Nam")
