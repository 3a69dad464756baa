"""p1178-4: ministry site (Bộ Y tế, Cục Quản lý Y, Dược cổ truyền): national medicinal herb areas, GACP-WHO, exports, 2030 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ
CỤC QUẢN LÝ Y, DƯỢC CỔ TRUYỀN
Trang chủ | Tin tức - Sự kiện | Dược liệu

Phát triển vùng trồng dược liệu gắn với chế biến sâu

14/03/2025 10:05 | Lượt xem: 986

Theo số liệu tổng hợp của Cục Quản lý Y, Dược cổ truyền, năm 2024 cả nước có khoảng 32.500 ha trồng dược liệu, tăng 9,6% so với năm 2023; sản lượng dược liệu đạt gần 190.000 tấn. Các địa phương có diện tích lớn nhất là Lào Cai, Hà Giang và Lâm Đồng với lần lượt 4.980 ha, 3.870 ha và 3.120 ha.

Tính đến ngày 31/12/2024, toàn quốc có 98 vùng trồng được công bố đạt Thực hành tốt trồng trọt và thu hái cây thuốc (GACP-WHO) với 61 loài dược liệu. Trong 20 loài dược liệu được ưu tiên phát triển, có 12 loài đã hình thành vùng trồng tập trung quy mô trên 100 ha.

Nhu cầu sử dụng dược liệu trong nước khoảng 60.000-80.000 tấn/năm, song hơn 70% vẫn phải nhập khẩu. Cả nước có 236 cơ sở sản xuất thuốc dược liệu, thuốc cổ truyền và trà thảo mộc, trong đó 94 cơ sở đạt GMP.

Năm 2024, kim ngạch xuất khẩu dược liệu và trà thảo mộc ước đạt 285 triệu USD, tăng 14,2% so với năm trước. Trung Quốc, Hàn Quốc và Nhật Bản là ba thị trường chính, chiếm lần lượt 41%, 18% và 12% kim ngạch.

Theo Quyết định số 376/QĐ-TTg, mục tiêu đến năm 2030 hình thành 50 vùng trồng dược liệu quy mô lớn, đáp ứng ít nhất 30% nhu cầu dược liệu làm thuốc trong nước. Cũng đến năm 2030, Việt Nam phấn đấu đứng thứ 3 khu vực ASEAN về kim ngạch xuất khẩu dược liệu.

CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Điện thoại: 024.6273.2273
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu dược liệu và trà thảo mộc"

FIGS = [
    fig("khoảng 32.500 ha", "32.500", 32500, "measure", "ha", approx="about",
        change=chg("increase", 9.6, "%", "năm 2023"), subject="diện tích trồng dược liệu", period=Y24),
    fig("gần 190.000 tấn", "190.000", 190000, "measure", "tấn", approx="nearly",
        subject="sản lượng dược liệu", period=Y24),
    fig("lần lượt 4.980 ha", "4.980", 4980, "measure", "ha", subject="diện tích trồng dược liệu",
        period=inh(Y24), location="Lào Cai"),
    fig("3.870 ha", "3.870", 3870, "measure", "ha", subject="diện tích trồng dược liệu",
        period=inh(Y24), location="Hà Giang"),
    fig("3.120 ha", "3.120", 3120, "measure", "ha", subject="diện tích trồng dược liệu",
        period=inh(Y24), location="Lâm Đồng"),
    fig("có 98 vùng", "98", 98, "count", "vùng trồng", subject="vùng trồng được công bố đạt GACP-WHO",
        period=ASOF),
    fig("61 loài", "61", 61, "count", "loài dược liệu", subject="loài dược liệu của các vùng trồng đạt GACP-WHO",
        period=ASOF),
    fig("có 12 loài", "12", 12, "count", "loài", total=20,
        subject="loài dược liệu ưu tiên đã hình thành vùng trồng tập trung", period=inh(ASOF)),
    fig("quy mô trên 100 ha", "100", 100, "measure", "ha", approx="over", optional=True,
        subject="quy mô vùng trồng tập trung"),
    fig("khoảng 60.000-80.000", "60.000", 60000, "measure", "tấn/năm", value_max=80000, approx="about",
        subject="nhu cầu sử dụng dược liệu trong nước"),
    fig("hơn 70%", "70", 70, "percent", "%", approx="over", subject="tỷ lệ dược liệu phải nhập khẩu"),
    fig("có 236 cơ sở", "236", 236, "count", "cơ sở",
        subject="cơ sở sản xuất thuốc dược liệu, thuốc cổ truyền và trà thảo mộc"),
    fig("94 cơ sở", "94", 94, "count", "cơ sở", total=236, subject="cơ sở sản xuất đạt GMP"),
    fig("285 triệu USD", "285", 285000000, "money", "USD", status="estimate",
        change=chg("increase", 14.2, "%", "năm trước"), subject=EXP, period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("là ba thị trường", "ba", 3, "count", "thị trường", optional=True, subject="thị trường chính"),
    fig("lần lượt 41%", "41", 41, "percent", "%", subject=f"{EXP} sang Trung Quốc", period=inh(Y24)),
    fig("18%", "18", 18, "percent", "%", subject=f"{EXP} sang Hàn Quốc", period=inh(Y24)),
    fig("12% kim ngạch", "12", 12, "percent", "%", subject=f"{EXP} sang Nhật Bản", period=inh(Y24)),
    fig("hình thành 50 vùng", "50", 50, "count", "vùng trồng dược liệu", status="target",
        subject="vùng trồng dược liệu quy mô lớn", period=T30),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nhu cầu dược liệu làm thuốc trong nước được đáp ứng", period=T30),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", status="target",
        subject="kim ngạch xuất khẩu dược liệu khu vực ASEAN",
        period=per("Cũng đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Ministry site (Bộ Y tế / Cục Quản lý Y, Dược cổ truyền): '14/03/2025 10:05 | Lượt xem: 986' (published); address, phone footer.",
    "National figures: location Việt Nam; the three provinces of the 'lần lượt' list go to location.",
    "Trading partners (Trung Quốc, Hàn Quốc, Nhật Bản) are not places of the figures: location stays Việt Nam.",
    "'Trong 20 loài …, có 12 loài' → total 20 (the 20 is the attribute, not a figure). 'quy mô trên 100 ha' is a threshold (optional);",
    "'ba thị trường chính' restates the list's length (optional). Distractors: 'Quyết định số 376/QĐ-TTg', '138A Giảng Võ', phone.",
    "Shares of the export value stand in their own sentence with no 'ước' → actual; the 285 triệu USD is 'ước đạt' → estimate.",
]

if __name__ == "__main__":
    write("p1178-4", TEXT, NOTES, FIGS, published="2025-03-14", location="Việt Nam")
