"""p1518-4: ministry site (Bộ Công Thương, Cục Công nghiệp): national sewing-thread supply, localisation targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Công nghiệp

Nâng tỷ lệ nội địa hóa chỉ may, phụ liệu cho ngành dệt may
15/03/2024 | 10:05 | Cục Công nghiệp

Năm 2023, kim ngạch xuất khẩu hàng dệt may của Việt Nam đạt khoảng 40,3 tỷ USD, giảm 8,9% so với năm 2022, tiếp tục đứng thứ 3 thế giới. Tuy nhiên, nhập khẩu nguyên phụ liệu dệt may vẫn ở mức 20,5 tỷ USD, trong đó từ Trung Quốc chiếm khoảng 55%.

Theo Cục Công nghiệp, nhu cầu chỉ may của ngành may mặc trong nước khoảng 2,4 tỷ cuộn mỗi năm, nhưng doanh nghiệp nội địa mới đáp ứng được 45-50%. Cả nước hiện có khoảng 65 doanh nghiệp sản xuất chỉ may, trong đó 21 doanh nghiệp có vốn đầu tư nước ngoài nhưng chiếm gần 70% sản lượng. Khâu nhuộm vẫn là điểm nghẽn: trong số 65 doanh nghiệp này, chưa đến 20 doanh nghiệp có xưởng nhuộm đạt chuẩn môi trường.

Theo Quyết định số 1643/QĐ-TTg ngày 29/12/2022 về Chiến lược phát triển ngành dệt may, da giày, mục tiêu đến năm 2030 tỷ lệ nội địa hóa của ngành dệt may đạt 70%, kim ngạch xuất khẩu dệt may đạt 68-70 tỷ USD. Bộ Công Thương dự kiến trong năm 2024 hỗ trợ ít nhất 10 doanh nghiệp chỉ may, nhuộm đổi mới công nghệ, mỗi doanh nghiệp tối đa 3 tỷ đồng.

Bà Lê Thị Hạnh, Phó Cục trưởng Cục Công nghiệp cho biết, giá chỉ may nhập khẩu hiện cao hơn hàng sản xuất trong nước từ 15-20%, nên nhiều doanh nghiệp may đã chuyển sang dùng chỉ nội.

Tin cùng chuyên mục:
- Hội chợ nguyên phụ liệu dệt may Sài Gòn 2024
- Công nghiệp hỗ trợ: kết nối doanh nghiệp Việt với chuỗi cung ứng

Trụ sở: Số 25 Ngô Quyền, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.22202108
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 40,3 tỷ", "40,3", 40.3e9, "money", "USD", approx="about",
        change=chg("decrease", 8.9, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu hàng dệt may", period=Y23),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="kim ngạch xuất khẩu hàng dệt may", period=Y23),
    fig("mức 20,5 tỷ", "20,5", 20.5e9, "money", "USD",
        subject="nhập khẩu nguyên phụ liệu dệt may", period=inh(Y23)),
    fig("chiếm khoảng 55%", "55", 55, "percent", "%", approx="about",
        subject="nhập khẩu nguyên phụ liệu dệt may từ Trung Quốc", period=inh(Y23)),
    fig("khoảng 2,4 tỷ", "2,4", 2.4e9, "measure", "cuộn/năm", approx="about",
        subject="nhu cầu chỉ may của ngành may mặc trong nước"),
    fig("được 45-50%", "45", 45, "percent", "%", value_max=50,
        subject="nhu cầu chỉ may doanh nghiệp nội địa đáp ứng được"),
    fig("khoảng 65 doanh nghiệp", "65", 65, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất chỉ may"),
    fig("21 doanh nghiệp", "21", 21, "count", "doanh nghiệp", total=65, percent=70,
        subject="doanh nghiệp sản xuất chỉ may có vốn đầu tư nước ngoài"),
    fig("chưa đến 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", approx="under", total=65,
        subject="doanh nghiệp có xưởng nhuộm đạt chuẩn môi trường"),
    fig("hóa của ngành dệt may đạt 70%", "70", 70, "percent", "%", status="target",
        subject="tỷ lệ nội địa hóa của ngành dệt may", period=TO30),
    fig("đạt 68-70 tỷ", "68", 68e9, "money", "USD", value_max=70e9, status="target",
        subject="kim ngạch xuất khẩu dệt may", period=TO30),
    fig("ít nhất 10 doanh nghiệp", "10", 10, "count", "doanh nghiệp", approx="at_least", status="forecast",
        subject="doanh nghiệp chỉ may, nhuộm được hỗ trợ đổi mới công nghệ", period=Y24),
    fig("tối đa 3 tỷ", "3", 3e9, "money", "đồng/doanh nghiệp", approx="at_most", status="forecast",
        subject="hỗ trợ mỗi doanh nghiệp đổi mới công nghệ", period=Y24),
    fig("từ 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="giá chỉ may nhập khẩu cao hơn hàng sản xuất trong nước"),
]

NOTES = [
    "Ministry site (Bộ Công Thương): breadcrumb, '15/03/2024 | 10:05 | Cục Công nghiệp' (published), related links, address and phone footer.",
    "National figures: location Việt Nam; Trung Quốc is a trade partner, not a place. 'đứng thứ 3 thế giới' is a rank of the export value (2023).",
    "'trong đó từ Trung Quốc chiếm khoảng 55%' is a share within the 20,5 tỷ USD: a percent figure of its own (20,5 tỷ has no share of its own).",
    "'21 doanh nghiệp ... nhưng chiếm gần 70% sản lượng': part of 65 (trong đó) and 'chiếm' gives its percent attribute 70 (the attribute has no approx).",
    "'trong số 65 doanh nghiệp này, chưa đến 20 doanh nghiệp' → total 65 (an attribute; the restated 65 is not a figure of its own), approx under.",
    "'khoảng 2,4 tỷ cuộn mỗi năm' → rate unit cuộn/năm; 'mới đáp ứng được 45-50%' is a percent range, no period ('hiện').",
    "'mục tiêu đến năm 2030' governs both 70% and 68-70 tỷ USD (target, end 2030-12-31). 'dự kiến trong năm 2024' → forecast for 10 firms and 'tối đa 3 tỷ' each.",
    "'cao hơn ... từ 15-20%' is a price gap as the claim: percent range, no change.",
    "Distractors: Quyết định số 1643/QĐ-TTg ngày 29/12/2022, 'Sài Gòn 2024' in a link, 'Số 25 Ngô Quyền', phone, time 10:05.",
]

if __name__ == "__main__":
    write("p1518-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
