from lib import F, P, build

TEXT = """
BÁO ĐỒNG THÁP ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Văn hóa

Vốn vay ưu đãi giúp người khuyết tật vươn lên

THANH TÂM 07:45, 29/08/2024

(BĐT) - Những năm qua, nguồn vốn tín dụng chính sách đã giúp nhiều người khuyết tật trên địa bàn tỉnh tự tạo việc làm, ổn định cuộc sống.

Theo Chi nhánh Ngân hàng Chính sách xã hội tỉnh, tính đến ngày 31/7/2024, tổng dư nợ cho vay đối với hộ gia đình có người khuyết tật đạt 187,4 tỷ đồng với 4.215 hộ còn dư nợ, tăng 14,6 tỷ đồng so với cuối năm 2023. Trong đó, dư nợ chương trình cho vay giải quyết việc làm chiếm 62,3%. Các địa phương có dư nợ lớn là huyện Tháp Mười 28,6 tỷ đồng, huyện Cao Lãnh 25,1 tỷ đồng và thành phố Sa Đéc 17,9 tỷ đồng.

Người lao động là người khuyết tật được vay tối đa 100 triệu đồng/người, lãi suất 6,6%/năm; cơ sở sản xuất, kinh doanh sử dụng từ 30% lao động là người khuyết tật được vay tối đa 2 tỷ đồng/dự án.

Anh Nguyễn Văn Tâm (42 tuổi, ngụ xã Mỹ Hòa, huyện Tháp Mười) bị liệt chân từ nhỏ. Năm 2022, anh được vay 50 triệu đồng mở tiệm sửa xe máy. Hiện nay, mỗi tháng anh có thu nhập khoảng 7 triệu đồng.

Bên cạnh tín dụng, 6 tháng đầu năm 2024, Trung tâm Dịch vụ việc làm tỉnh đã tư vấn, giới thiệu việc làm cho 326 lượt người khuyết tật, trong đó 118 người được tuyển dụng. Tỉnh phấn đấu đến năm 2025, mỗi năm hỗ trợ tạo việc làm cho ít nhất 500 người khuyết tật.
"""

ASOF = P("tính đến ngày 31/7/2024", None, "2024-07-31")
ASOF_I = P("tính đến ngày 31/7/2024", None, "2024-07-31", inherited=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("đạt 187,4 tỷ đồng", "187,4", "money", "đồng", "tổng dư nợ cho vay đối với hộ gia đình có người khuyết tật", mult=1e9,
      change={"direction": "increase", "value": 14600000000, "unit": "đồng", "approx": "exact", "baseline": "cuối năm 2023"}, period=ASOF),
    F("4.215 hộ", "4.215", "count", "hộ", "hộ còn dư nợ", period=ASOF),
    F("chiếm 62,3%", "62,3", "percent", "%", "tỷ trọng dư nợ chương trình cho vay giải quyết việc làm", period=ASOF_I),
    F("Tháp Mười 28,6 tỷ", "28,6", "money", "đồng", "dư nợ cho vay hộ gia đình có người khuyết tật", mult=1e9, period=ASOF_I, location="Tháp Mười"),
    F("Cao Lãnh 25,1 tỷ", "25,1", "money", "đồng", "dư nợ cho vay hộ gia đình có người khuyết tật", mult=1e9, period=ASOF_I, location="Cao Lãnh"),
    F("Sa Đéc 17,9 tỷ", "17,9", "money", "đồng", "dư nợ cho vay hộ gia đình có người khuyết tật", mult=1e9, period=ASOF_I, location="Sa Đéc"),
    F("tối đa 100 triệu", "100", "money", "đồng/người", "mức vay đối với người lao động là người khuyết tật", mult=1e6, approx="at_most"),
    F("lãi suất 6,6%", "6,6", "percent", "%", "lãi suất cho vay"),
    F("từ 30% lao động", "30", "percent", "%", "tỷ lệ lao động là người khuyết tật", approx="at_least", optional=True),
    F("tối đa 2 tỷ", "2", "money", "đồng/dự án", "mức vay đối với cơ sở sản xuất, kinh doanh sử dụng lao động là người khuyết tật", mult=1e9, approx="at_most"),
    F("(42 tuổi", "42", "measure", "tuổi", optional=True, location="Tháp Mười"),
    F("vay 50 triệu", "50", "money", "đồng", "vốn vay mở tiệm sửa xe máy", mult=1e6, location="Tháp Mười",
      period=P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("khoảng 7 triệu", "7", "money", "đồng", "thu nhập mỗi tháng", mult=1e6, approx="about", location="Tháp Mười"),
    F("cho 326 lượt", "326", "count", "lượt người khuyết tật", "lượt người khuyết tật được tư vấn, giới thiệu việc làm", period=H1),
    F("118 người", "118", "count", "người", "người khuyết tật được tuyển dụng", total=326, period=H1),
    F("ít nhất 500 người", "500", "count", "người khuyết tật", "người khuyết tật được hỗ trợ tạo việc làm mỗi năm", approx="at_least",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Party newspaper (Báo Đồng Tháp): preferential credit and job placement for people with disabilities. Byline + '07:45, 29/08/2024' dateline;",
    "'(BĐT)' tag implies the province. 'tăng 14,6 tỷ đồng so với cuối năm 2023' is the change of the debt 187,4 tỷ (same unit), across '4.215 hộ'.",
    "'Trong đó … chiếm 62,3%' has no base amount: a percent figure of its own. District list: money per district, location per item, period inherited.",
    "Loan ceilings (tối đa → at_most) and interest rate carry no period; '6,6%/năm' is a percent. '30% lao động' threshold and '42 tuổi' optional.",
    "The case story is located in huyện Tháp Mười; 'Hiện nay' is no period phrase and 'Năm 2022' stands in another sentence, so the income has none.",
    "'326 lượt …, trong đó 118 người' → total 326. 'phấn đấu đến năm 2025 … ít nhất 500' target.",
]

if __name__ == "__main__":
    build("p354-5", TEXT, FIGS, COMMENTS, published="2024-08-29", location="Đồng Tháp")
