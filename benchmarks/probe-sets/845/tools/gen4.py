"""p845-4: ministry site (Bộ LĐ-TB&XH), national elderly population, facilities, allowance, 2025/2030 targets."""
from lib import F, P, I, C, build

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Trang chủ / Tin tức / Bảo trợ xã hội
Ngày đăng: 02/10/2024 | Lượt xem: 1.057

Hơn 3,3 triệu đối tượng được hưởng trợ cấp xã hội hằng tháng

(Molisa) - Theo Cục Bảo trợ xã hội, tính đến cuối năm 2023, cả nước có khoảng 16,5 triệu người cao tuổi, chiếm 16,4% dân số; trong đó hơn 2,2 triệu người từ 80 tuổi trở lên. Việt Nam được dự báo sẽ bước vào giai đoạn dân số già vào năm 2036, khi tỷ lệ người từ 60 tuổi trở lên chiếm khoảng 20% dân số.

Hiện cả nước có 425 cơ sở trợ giúp xã hội, trong đó 194 cơ sở công lập và 231 cơ sở ngoài công lập, đang chăm sóc, nuôi dưỡng khoảng 42.000 đối tượng; riêng người cao tuổi chiếm khoảng 25%. Các địa phương có nhiều cơ sở ngoài công lập nhất lần lượt là TP Hồ Chí Minh (38 cơ sở), Hà Nội (27 cơ sở) và Đồng Nai (14 cơ sở).

Năm 2024, cả nước có hơn 3,3 triệu đối tượng bảo trợ xã hội được hưởng trợ cấp xã hội hằng tháng, trong đó gần 1,8 triệu người cao tuổi, với tổng kinh phí ước khoảng 31.600 tỷ đồng/năm. Từ ngày 1/7/2024, theo Nghị định số 76/2024/NĐ-CP, mức chuẩn trợ giúp xã hội được điều chỉnh lên 500.000 đồng/tháng, tăng 38,9% so với mức cũ.

Theo Quyết định số 1579/QĐ-TTg về Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021-2030, đến năm 2025 phấn đấu ít nhất 90% người cao tuổi có thẻ bảo hiểm y tế và 50% cơ sở trợ giúp xã hội công lập có khu chăm sóc người cao tuổi sa sút trí tuệ; đến năm 2030 các tỷ lệ này lần lượt là 100% và 70%.

Cổng Thông tin điện tử Bộ Lao động - Thương binh và Xã hội, số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội.
"""

ASOF = P("tính đến cuối năm 2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
S_BHYT = "tỷ lệ người cao tuổi có thẻ bảo hiểm y tế"
S_DEM = "tỷ lệ cơ sở trợ giúp xã hội công lập có khu chăm sóc người cao tuổi sa sút trí tuệ"
S_PRIV = "cơ sở trợ giúp xã hội ngoài công lập"

FIGS = [
    F("Hơn 3,3 triệu đối tượng", "3,3", 3.3e6, "count", "đối tượng",
      "đối tượng được hưởng trợ cấp xã hội hằng tháng", approx="over"),
    F("khoảng 16,5 triệu người cao tuổi", "16,5", 16.5e6, "count", "người cao tuổi", "người cao tuổi", ASOF,
      approx="about", percent=16.4),
    F("hơn 2,2 triệu người", "2,2", 2.2e6, "count", "người", "người từ 80 tuổi trở lên", ASOF,
      approx="over", total=16.5e6),
    F("từ 80 tuổi trở lên", "80", 80, "measure", "tuổi", "độ tuổi", approx="at_least", optional=True),
    F("từ 60 tuổi trở lên", "60", 60, "measure", "tuổi", "độ tuổi", approx="at_least", optional=True),
    F("chiếm khoảng 20% dân số", "20", 20, "percent", "%", "tỷ lệ người từ 60 tuổi trở lên trong dân số",
      P("vào năm 2036", "2036-01-01", "2036-12-31"), approx="about", status="forecast"),
    F("có 425 cơ sở", "425", 425, "count", "cơ sở", "cơ sở trợ giúp xã hội"),
    F("194 cơ sở công lập", "194", 194, "count", "cơ sở", "cơ sở trợ giúp xã hội công lập", total=425),
    F("231 cơ sở ngoài công lập", "231", 231, "count", "cơ sở", S_PRIV, total=425),
    F("khoảng 42.000 đối tượng", "42.000", 42000, "count", "đối tượng",
      "đối tượng được chăm sóc, nuôi dưỡng tại cơ sở trợ giúp xã hội", approx="about"),
    F("chiếm khoảng 25%", "25", 25, "percent", "%",
      "tỷ lệ người cao tuổi trong số đối tượng được chăm sóc, nuôi dưỡng tại cơ sở", approx="about"),
    F("(38 cơ sở)", "38", 38, "count", "cơ sở", S_PRIV, location="TP Hồ Chí Minh"),
    F("(27 cơ sở)", "27", 27, "count", "cơ sở", S_PRIV, location="Hà Nội"),
    F("(14 cơ sở)", "14", 14, "count", "cơ sở", S_PRIV, location="Đồng Nai"),
    F("có hơn 3,3 triệu đối tượng", "3,3", 3.3e6, "count", "đối tượng",
      "đối tượng bảo trợ xã hội được hưởng trợ cấp xã hội hằng tháng", Y24, approx="over"),
    F("gần 1,8 triệu người cao tuổi", "1,8", 1.8e6, "count", "người cao tuổi",
      "người cao tuổi hưởng trợ cấp xã hội hằng tháng", Y24, approx="nearly", total=3.3e6),
    F("khoảng 31.600 tỷ đồng/năm", "31.600", 31.6e12, "money", "đồng/năm", "tổng kinh phí trợ cấp xã hội hằng tháng",
      Y24, approx="about", status="estimate"),
    F("lên 500.000 đồng/tháng", "500.000", 500000, "money", "đồng/tháng", "mức chuẩn trợ giúp xã hội",
      P("Từ ngày 1/7/2024", "2024-07-01"), change=C("increase", 38.9, "%", "mức cũ")),
    F("ít nhất 90%", "90", 90, "percent", "%", S_BHYT, T25, approx="at_least", status="target"),
    F("và 50% cơ sở", "50", 50, "percent", "%", S_DEM, T25, status="target"),
    F("lần lượt là 100%", "100", 100, "percent", "%", S_BHYT, T30, status="target"),
    F("100% và 70%", "70", 70, "percent", "%", S_DEM, T30, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH, 02/10/2024): national elderly population, social assistance facilities, allowance, targets.",
    "Distractors: Nghị định số 76/2024/NĐ-CP, Quyết định số 1579/QĐ-TTg, giai đoạn 2021-2030, năm 2036 (a year), Lượt xem 1.057, số 12 Ngô Quyền.",
    "'riêng người cao tuổi chiếm khoảng 25%' is a share of another group, not of 42.000: a percent figure of its own.",
    "List 'lần lượt là TP Hồ Chí Minh (38 cơ sở) ...' shares the head's indicator; the items do not add up to 231: no total.",
    "'ước khoảng' -> approx about and status estimate. 'đến năm 2030 ... lần lượt là 100% và 70%' share the 2025 indicators (target).",
]

if __name__ == "__main__":
    build("p845-4", TEXT, FIGS, COMMENTS, published="2024-10-02", location="Việt Nam")
